package sahelsim.sweep.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.sweep.SweepError;

/** The site settings of a Slurm job: what each option takes, and messages naming the option for what it does not. */
class SlurmSiteTest {

    private static String refused(List<String> preamble, String mem, String mergeMem, String signal, boolean requeue,
                                  String scratch) {
        return assertThrows(SweepError.class, () -> SlurmSite.of(preamble, mem, mergeMem, signal, requeue, scratch))
                .getMessage();
    }

    @Test
    void theSignalIsSecondsOrASignalAndSeconds() {
        SlurmSite plain = SlurmSite.of(List.of(), null, null, "300", false, null);
        assertEquals("USR1", plain.stopSignal());
        assertEquals(300, plain.signalSeconds());
        SlurmSite named = SlurmSite.of(List.of(), null, null, "sigusr2@60", true, null);
        assertEquals("USR2", named.stopSignal());
        assertEquals(60, named.signalSeconds());
        assertTrue(named.requeue());
    }

    @Test
    void badValuesNameTheirOption() {
        assertTrue(refused(List.of(), "2GB", null, null, false, null).startsWith("--mem: expected a memory size"));
        assertTrue(refused(List.of(), "-1", null, null, false, null).startsWith("--mem: "));
        assertTrue(refused(List.of(), null, "lots", null, false, null).startsWith("--merge-mem: expected"));
        for (String signal : List.of("0", "TERM@300", "300s", "65536", "USR1@")) {
            assertTrue(refused(List.of(), null, null, signal, false, null).startsWith("--signal: expected the seconds"),
                    signal);
        }
        assertTrue(refused(List.of(), null, null, null, true, null).startsWith("--requeue: only with --signal"));
        assertTrue(refused(List.of("module load java\nrm -rf /"), null, null, null, false, null)
                .startsWith("--preamble: expected one line of shell"));
        assertTrue(refused(List.of(" "), null, null, null, false, null).startsWith("--preamble: "));
        for (String scratch : List.of("/tmp/a b", "$(rm -rf /)", "/tmp/\"x", "`id`", "~/scratch", "")) {
            assertTrue(refused(List.of(), null, null, null, false, scratch).startsWith("--scratch: expected a "
                    + "node-local folder"), scratch);
        }
    }

    @Test
    void theHeapIsSizedFromTheJobsMemory() {
        assertEquals("-XX:MaxRAM=2g", SlurmSite.maxRam("2G"));
        assertEquals("-XX:MaxRAM=1500m", SlurmSite.maxRam("1500"));
        assertEquals("-XX:MaxRAM=512m", SlurmSite.maxRam("512M"));
        assertEquals(null, SlurmSite.maxRam("0"));
        assertEquals(null, SlurmSite.maxRam(null));
    }
}
