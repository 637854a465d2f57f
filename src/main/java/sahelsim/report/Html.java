package sahelsim.report;

import java.util.List;

/** Small pieces of HTML: escaped text, tables, figures. */
final class Html {

    private Html() {
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table with a header row; cells are HTML already (escape text with {@link #esc}). */
    static String table(String cssClass, List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table class=\"" + cssClass + "\"><thead><tr>");
        for (String h : header) {
            t.append("<th>").append(h).append("</th>");
        }
        t.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (String cell : row) {
                t.append("<td>").append(cell).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody></table>\n").toString();
    }

    /** A figure: an inline SVG and its caption. */
    static String figure(String svg, String caption) {
        return "<figure>" + svg + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }

    /** A colour swatch for a scenario's name. */
    static String swatch(String css) {
        return "<span class=\"swatch\" style=\"background:" + css + "\"></span>";
    }
}
