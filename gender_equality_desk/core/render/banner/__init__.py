"""Banners (băng rôn, pa nô) and posters (áp phích): a slogan in capitals auto-fitted on a coloured sheet.

`spec` says what to print, `layout` decides font size, line breaks and positions (pure, shared by the
PDF writer and the GUI preview), `tiling` cuts a large sheet into office-printer pages, `tiles` says
everything each of those pages draws (for the tiled PDF and the Qt printout alike), and `pdf` writes the
print-shop PDF (one page at true size) or the tiled PDF.
"""
