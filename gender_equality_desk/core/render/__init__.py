"""Writers that turn one ReportContent into a file or a screen: pdf (reportlab), xlsx (openpyxl), html."""
