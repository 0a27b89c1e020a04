() => {
    // What the focused element looks like: its outline, its shadow and the
    // background it stands on, each with their contrast (read by keyboard.py).
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    function rgba(value) {
        const match = value.match(/rgba?\(([^)]+)\)/);
        if (!match) return null;
        const parts = match[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
        return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
    }
    function luminance(colour) {
        const channel = (value) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
    }
    function contrast(one, other) {
        const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
        return (light + 0.05) / (dark + 0.05);
    }
    function backgroundBehind(node) {
        for (let current = node; current; current = current.parentElement) {
            const colour = rgba(getComputedStyle(current).backgroundColor);
            if (colour && colour.a > 0) return colour;
        }
        return {r: 255, g: 255, b: 255, a: 1};
    }
    const style = getComputedStyle(element);
    const behind = backgroundBehind(element.parentElement);
    const outlineColour = rgba(style.outlineColor);
    const outlineWidth = parseFloat(style.outlineWidth) || 0;
    let shadowContrast = 0, shadowSpread = 0;
    if (style.boxShadow && style.boxShadow !== "none") {
        const colour = rgba(style.boxShadow);
        const lengths = style.boxShadow.replace(/rgba?\([^)]*\)/, "").match(/-?[\d.]+px/g) || [];
        shadowSpread = Math.max(Math.abs(parseFloat(lengths[2] || 0)), Math.abs(parseFloat(lengths[3] || 0)));
        if (colour && colour.a > 0) shadowContrast = contrast(colour, behind);
    }
    const box = element.getBoundingClientRect();
    return {
        description: element.tagName.toLowerCase()
            + (element.id ? "#" + element.id : "")
            + " " + (element.getAttribute("aria-label") || element.innerText || element.value || "").trim().slice(0, 60),
        outline: style.outlineStyle !== "none" && outlineWidth > 0,
        outlineWidth: outlineWidth,
        outlineContrast: outlineColour && outlineColour.a > 0 ? contrast(outlineColour, behind) : 0,
        shadowSpread: shadowSpread,
        shadowContrast: shadowContrast,
        background: style.backgroundColor,
        border: style.borderColor + " " + style.borderWidth,
        inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}
