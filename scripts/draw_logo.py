"""Draws portal/static/portal/img/logo-512.png: the portal's initials on its brand colour.

The bundled logo is the Organization logo in JSON-LD and the last-resort og:image while no
logo or default social image is chosen in the admin. Run `.venv/bin/python
scripts/draw_logo.py` after changing the brand colour (site.css `--brand`) or the initials."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 512
BRAND = (11, 79, 138)  # --brand, #0b4f8a
INITIALS = "SP"  # Summit Portal
TARGET = Path(__file__).resolve().parent.parent / "portal/static/portal/img/logo-512.png"


def font(size):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def draw():
    image = Image.new("RGB", (SIZE, SIZE), BRAND)
    pen = ImageDraw.Draw(image)
    # A white ring echoing the globe of logo.svg, the initials centred inside it.
    pen.ellipse((56, 56, SIZE - 56, SIZE - 56), outline="white", width=18)
    pen.text((SIZE / 2, SIZE / 2), INITIALS, fill="white", font=font(190), anchor="mm")
    return image


if __name__ == "__main__":
    draw().save(TARGET, optimize=True)
    print(TARGET)
