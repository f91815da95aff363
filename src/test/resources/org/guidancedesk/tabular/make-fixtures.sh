#!/bin/sh
# Remakes the workbooks that LibreOffice wrote, from their sources beside this script. Not part of
# the build: the .xlsx files are committed so the tests need no LibreOffice.
# Needs soffice (Debian: apt-get install libreoffice-calc-nogui). Made with LibreOffice 7.4.7.
set -e
cd "$(dirname "$0")"
soffice --headless --convert-to xlsx --outdir . libreoffice-rich.fods
# CSV import options: comma, double quote, UTF-8, from line 1, default formats, Chinese (2052),
# quoted fields not forced to text, detect special numbers (dates) on.
soffice --headless --infilter="CSV:44,34,76,1,,2052,false,true" --convert-to xlsx --outdir . libreoffice-from-csv.csv
