package sahelsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("3", NumberText.format(3.0));
        assertEquals("156987", NumberText.format(156987.0));
        assertEquals("-42", NumberText.format(-42.0));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("100000000000000", NumberText.format(1e14));
    }

    @Test
    void otherNumbersKeepSevenSignificantDigitsWithoutExponent() {
        assertEquals("0.2857143", NumberText.format(2.0 / 7.0));
        assertEquals("0.1", NumberText.format(0.1f), "a float's binary tail is rounded away");
        assertEquals("24.95", NumberText.format(25.0 - 0.5 * 0.1));
        assertEquals("-3.0074", NumberText.format(-3.0074));
        assertEquals("1234568", NumberText.format(1234567.89));
        assertEquals("0.00001234568", NumberText.format(0.000012345678));
        assertEquals("123456800000000000000", NumberText.format(1.234568e20));
    }

    @Test
    void undefinedNumbersAreEmptyInCsvAndNullInJson() {
        assertEquals("", NumberText.format(Double.NaN));
        assertEquals("", NumberText.format(Double.POSITIVE_INFINITY));
        assertTrue(NumberText.json(Double.NaN).isNull());
        assertEquals("0.2857143", NumberText.json(2.0 / 7.0).decimalValue().toPlainString());
        assertEquals(12L, NumberText.json(12.0).longValue());
        assertTrue(NumberText.json(12.0).isIntegralNumber());
    }

    @Test
    void theLocaleDoesNotChangeTheText() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.5", NumberText.format(0.5));
            assertEquals("1234.5", NumberText.format(1234.5));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
