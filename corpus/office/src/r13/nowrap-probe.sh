echo "== labels";   $PY gen/labels.py
echo "== recall";   $PY gen/recall.py
echo "== probes"
rm -rf analysis/probe_nowrap analysis/probe_c07 analysis/probe_out; mkdir -p analysis/probe_nowrap analysis/probe_c07 analysis/probe_out
$PY - <<'P'
import openpyxl, sys
wb = openpyxl.load_workbook('build/c06_自然资源局_财拨支出_excel.xlsx')   # c06 with wide columns: nothing wraps
wb.worksheets[0].column_dimensions['B'].width = 40
wb.worksheets[1].column_dimensions['B'].width = 30; wb.worksheets[1].column_dimensions['E'].width = 24
wb.save('build/c06_nowrap.xlsx')
sys.path.insert(0, 'gen'); from docs import c07, render_docx           # c07 with 表1 GDP 283.67 -> 283.76
b, _ = c07([('cell', 't_main', '地区生产总值', 2, '283.67', '283.76')]); render_docx('analysis/probe_c07/c07_probe_表1GDP.docx', b, 'x')
P
soffice -env:UserInstallation=file://$PWD/build_lo_profile --headless --convert-to pdf --outdir analysis/probe_nowrap build/c06_nowrap.xlsx >/dev/null 2>&1
"$RM" text analysis/probe_nowrap/c06_nowrap.pdf > analysis/probe_out/c06_nowrap.pdf.txt
set +e
"$RM" check analysis/probe_nowrap --out analysis/probe_out/nowrap --quiet
