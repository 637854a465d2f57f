package sahelsim.gui;

import java.awt.Component;
import java.util.Locale;
import javax.swing.JTabbedPane;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;
import sim.display.Console;
import sim.util.gui.HTMLBrowser;

/**
 * Puts the scenario's description in the Console's About tab, for the teacher to read out. MASON 18 builds
 * that tab once from a static method of the GUIState class; each window here has its own scenario, so the
 * tab's text is set on the Console afterwards.
 */
final class AboutTab {

    private AboutTab() {
    }

    static void show(Console console, Scenario scenario, long seed) {
        JTabbedPane tabs = console.getTabPane();
        int index = tabs.indexOfTab("About");
        Component tab = index < 0 ? null : tabs.getComponentAt(index);
        if (tab instanceof HTMLBrowser browser) {
            browser.setText(html(scenario, seed));
            tabs.setSelectedIndex(index);
        }
    }

    static String html(Scenario scenario, long seed) {
        StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif; font-size:16pt;"
                + " margin:10px'>");
        b.append("<h2>").append(escape(scenario.name())).append("</h2>");
        b.append("<p>").append(escape(scenario.description().strip())).append("</p>");
        b.append(String.format(Locale.ENGLISH, "<p><b>From</b> %s <b>to</b> %s (%,d days), seed %d.</p>",
                scenario.start(), scenario.end(), scenario.days(), seed));
        b.append("<p><b>Factions</b></p><ul>");
        for (FactionSpec f : scenario.factions()) {
            b.append("<li><span style='color:").append(f.colour()).append("'>&#9632;</span> ")
                    .append(escape(f.name())).append("</li>");
        }
        b.append("</ul></body></html>");
        return b.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
