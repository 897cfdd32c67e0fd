"""Fails if the hostile catalogs' text put anything live into the built site.

Reads every HTML file of the hostile site (and the titles of its search index, which Material's search shows as
HTML) with python's html.parser and compares them with the sample site, built from the same mkdocs.yml settings:
what the theme and Python-Markdown write there is the theme's own, and anything else that could run, load or
navigate came from catalog text. Every payload of the hostile catalogs carries a marker (ecpwn), which this
check also recognises wherever it must not be: in an element or attribute name, an attribute value other than
the ones that carry shown text (content, aria-label), a comment, a script or style, a non-web URL, an id.

  python3 docs-site/hostile/check_html.py --site docs-site/target/hostile-site --reference docs-site/target/site

Prints each finding and a count by kind; exits 1 on any finding, 2 when a site is missing.
"""

import argparse
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

# Elements that run, load, style, submit or redirect: the hostile site may only have those the sample site has,
# with the same attributes.
RISKY = {"script", "img", "iframe", "frame", "frameset", "svg", "math", "object", "embed", "applet", "style",
         "link", "meta", "base", "form", "input", "button", "textarea", "select", "video", "audio", "source",
         "track", "image", "portal", "template", "noscript", "details", "dialog", "marquee"}
# Attributes whose value is a URL a browser follows or loads.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background",
                  "cite", "ping", "manifest", "codebase", "lowsrc", "dynsrc", "longdesc", "usemap", "srcdoc"}
# Attributes whose value is text the page shows (a title, a description): catalog text belongs there, escaped.
TEXT_ATTRIBUTES = {"content", "aria-label"}
WEB = ("http", "https")
# Elements the generator writes itself that the sample site's catalogs happen not to need: <br> before a line of
# prose that reads like a list item.
GENERATED = {"br"}
# A link the docs make from a code: an entry's anchor, on this page or another one.
ANCHOR_LINK = re.compile(r"^(?:[a-z0-9-]+\.html)?#[a-z0-9-]+$")


def url_scheme(value):
    """The scheme a browser reads, as the URL standard parses it: control characters and spaces at the ends
    dropped, tabs and line breaks anywhere removed; None for a relative URL."""
    cleaned = re.sub(r"[\t\n\r]", "", value.strip("".join(chr(c) for c in range(0x21))))
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return match.group(1).lower() if match else None


class Elements(HTMLParser):
    """Every start tag (with its attributes, and the text of a script or style) and every comment of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # [tag, attrs, line, text]
        self.comments = []  # (text, line)
        self._raw = None

    def handle_starttag(self, tag, attrs):
        element = [tag, [(name, value or "") for name, value in attrs], self.getpos()[0], ""]
        self.elements.append(element)
        if tag in ("script", "style"):
            self._raw = element

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._raw = None

    def handle_endtag(self, tag):
        self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw[3] += data

    def handle_comment(self, data):
        self.comments.append((data, self.getpos()[0]))


def parse(text):
    parser = Elements()
    parser.feed(text)
    parser.close()
    return parser


def signature(element):
    """What makes a risky element the theme's own: its tag, attributes and script text; a meta description's
    content is the page's (checked as text), not part of it."""
    tag, attrs, _, text = element
    kept = tuple(sorted((n, v) for n, v in attrs if not (tag == "meta" and n == "content"
                                                          and ("name", "description") in attrs)))
    return tag, kept, text


def pages(site):
    """The site's HTML files, and the titles of its search index as small HTML documents of their own."""
    for file in sorted(site.rglob("*.html")):
        yield str(file.relative_to(site)), file.read_text(encoding="utf-8")
    index = site / "search" / "search_index.json"
    if index.exists():
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            yield f"search_index.json title of {doc['location'] or 'index'}", doc["title"] or ""


class Reference:
    """What the sample site has: risky elements, handler attributes, tags and non-web URLs of the theme."""

    def __init__(self, site):
        self.signatures, self.tags, self.handlers, self.urls = set(), set(), set(), set()
        for _, text in pages(site):
            for element in parse(text).elements:
                tag, attrs = element[0], element[1]
                self.tags.add(tag)
                if tag in RISKY:
                    self.signatures.add(signature(element))
                for name, value in attrs:
                    if name.startswith("on"):
                        self.handlers.add((tag, name, value))
                    if name in URL_ATTRIBUTES and url_scheme(value) not in (None,) + WEB:
                        self.urls.add(value)


def findings(where, text, reference, marker):
    """(kind, message) for everything on one page that catalog text put there."""
    parsed = parse(text)
    for tag, attrs, line, raw in parsed.elements:
        at = f"{where}:{line}: <{tag}>"
        if marker in tag:
            yield "element", f"{at}: an element named by catalog text"
        elif tag not in reference.tags and tag not in GENERATED:
            yield "element", f"{at}: an element the sample site never has"
        elif tag in RISKY and signature((tag, attrs, line, raw)) not in reference.signatures:
            yield "element", f"{at} {attrs}: not the theme's own"
        if marker in raw:
            yield "script", f"{at}: catalog text inside a script or style"
        for name, value in attrs:
            if marker in name:
                yield "attribute", f"{at}: attribute {name} named by catalog text"
            elif name.startswith("on") and (tag, name, value) not in reference.handlers:
                yield "attribute", f"{at}: event handler {name}={value!r}"
            elif name == "style" and marker in value:
                yield "attribute", f"{at}: style from catalog text"
            if name in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme is not None and scheme not in WEB and value not in reference.urls:
                    yield "url", f"{at}: {name}={value!r} is not a web URL"
                elif scheme is None and marker in value and not ANCHOR_LINK.match(value):
                    yield "url", f"{at}: {name}={value!r}, a relative URL from catalog text"
            elif name == "id" and re.match(rf"^{marker}id\d", value):
                yield "id", f"{at}: id {value!r} from catalog text"
            elif name not in TEXT_ATTRIBUTES and name != "id" and marker in value:
                yield "attribute", f"{at}: {name}={value!r} carries catalog text"
    for comment, line in parsed.comments:
        if marker in comment:
            yield "comment", f"{where}:{line}: an HTML comment opened by catalog text"


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", required=True, type=Path, help="the hostile site (mkdocs site_dir)")
    args.add_argument("--reference", required=True, type=Path, help="the sample site, built with the same settings")
    args.add_argument("--marker", default="ecpwn")
    options = args.parse_args()
    for site in (options.site, options.reference):
        if not (site / "index.html").exists():
            print(f"no site in {site}", file=sys.stderr)
            return 2
    reference = Reference(options.reference)
    counts, shown, checked = {}, 0, 0
    for where, text in pages(options.site):
        checked += 1
        for kind, message in findings(where, text, reference, options.marker):
            counts[kind] = counts.get(kind, 0) + 1
            shown += 1
            if shown <= 60:
                print(f"FAIL {message}")
    total = sum(counts.values())
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing"
    print(f"hostile site: {checked} HTML files and search titles checked against {options.reference}: "
          f"{summary} put there by catalog text")
    if total:
        print(f"FAILED: {total} finding(s)" + (f" ({total - 60} not shown)" if total > 60 else ""))
        return 1
    print("OK: catalog text is text everywhere")
    return 0


if __name__ == "__main__":
    sys.exit(main())
