"""Render a publication (see publications.py) to a small, real PDF file."""

from datetime import UTC, datetime

from fpdf import FPDF

BRAND_RGB = (0, 86, 110)
# A fixed date keeps the files identical from one run to the next.
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def render_publication(publication: dict) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(publication["title"])
    pdf.set_author("OCO Almere")
    pdf.set_subject(publication["description"])
    pdf.set_lang("nl-NL")
    pdf.set_creation_date(CREATED)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    pdf.set_text_color(*BRAND_RGB)
    pdf.set_font("helvetica", style="B", size=11)
    pdf.cell(0, 6, "OCO Almere", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", style="B", size=18)
    pdf.multi_cell(0, 9, publication["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", style="I", size=11)
    pdf.multi_cell(0, 6, publication["description"], new_x="LMARGIN", new_y="NEXT")

    for heading, text in publication["sections"]:
        pdf.ln(4)
        pdf.set_font("helvetica", style="B", size=13)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        for line in text.split("\n"):
            if line.startswith("- "):
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(
                    0, 6, "- " + line[2:], align="L", new_x="LMARGIN", new_y="NEXT"
                )
            else:
                pdf.multi_cell(0, 6, line, align="L", new_x="LMARGIN", new_y="NEXT")

    pdf.ln(6)
    pdf.set_font("helvetica", size=9)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 5, "ocoalmere.nl - (036) 200 21 58 - info@ocoalmere.nl")
    return bytes(pdf.output())
