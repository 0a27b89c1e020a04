() => {
    // Runs in the page; returns one readable line per problem.
    const width = window.innerWidth;
    const problems = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width) {
        problems.push(`the page is ${pageWidth} px wide in a window of ${width} px`);
    }
    const describe = (element) => {
        let name = element.tagName.toLowerCase();
        if (element.id) name += "#" + element.id;
        if (element.classList.length) name += "." + [...element.classList].join(".");
        const text = (element.textContent || "").trim().replace(/\s+/g, " ");
        return text ? `${name} ("${text.slice(0, 40)}")` : name;
    };
    // Hidden on purpose: visually hidden text, the skip link until it has
    // focus, the spam trap far off screen.
    const hiddenOnPurpose = (element) => {
        for (let node = element; node && node !== document.body; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (style.display === "none" || style.visibility === "hidden") return true;
            if (style.clip === "rect(0px, 0px, 0px, 0px)") return true;
            const box = node.getBoundingClientRect();
            if (box.bottom <= 0 || box.right <= 0) return true;
        }
        return false;
    };
    // Content may scroll inside its own box (a wide table in a scroll box).
    const insideScrollBox = (element) => {
        for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return true;
        }
        return false;
    };
    const clipping = (value) => value === "hidden" || value === "clip";
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (hiddenOnPurpose(element)) continue;
        if (box.right > width + 1 && !insideScrollBox(element)) {
            problems.push(`${describe(element)} reaches ${Math.round(box.right)} px`);
        }
        const style = getComputedStyle(element);
        if (["INPUT", "SELECT", "TEXTAREA", "IFRAME", "VIDEO", "IMG"].includes(element.tagName)) continue;
        const cutSideways = clipping(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const cutBelow = clipping(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        if (cutSideways || cutBelow) {
            problems.push(`${describe(element)} cuts off its content`);
        }
        if (style.textOverflow === "ellipsis" && element.scrollWidth > element.clientWidth + 1) {
            problems.push(`${describe(element)} cuts off its text with an ellipsis`);
        }
    }
    return problems;
}
