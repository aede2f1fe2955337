package org.onetrip.shared.api;

/** What every CSV this service writes does to a cell before a spreadsheet opens it. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /**
     * A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a return; complaint
     * titles are typed by anyone) gets a leading apostrophe, so Excel shows it as text; numbers stay numbers.
     */
    public static String inert(String value) {
        var cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
            return "'" + cell;
        }
        return cell;
    }
}
