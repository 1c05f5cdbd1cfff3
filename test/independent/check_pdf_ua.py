"""What a PDF/UA-1 validator (veraPDF, PAC) checks first, written with pikepdf (Debian's
python3-pikepdf), which netzwerk does not use to write its PDFs.

Usage: check_pdf_ua.py FILE.pdf …   Prints one JSON object per file:
  {"file", "problems": [text …], "facts": {...}}
`problems` is empty for a file that passes. `facts` carries what the tests also compare: the
language, the title, the fonts, the structure's counts, and two facts of the layout: `orphans`,
pages whose last tagged content is a heading, a caption or a table's header row (it belongs on
the next page, with what it introduces), and `empty_pages`, pages without any tagged content
(a page that holds only its footer). A chart's caption, below the chart, may end a page.

The checks (Matterhorn Protocol numbers in brackets):
  - the catalog: /Lang (11-006), /MarkInfo /Marked (01-002), /ViewerPreferences
    /DisplayDocTitle (07-001), a title (06-003), XMP metadata with pdfuaid:part 1 (06-002)
  - every piece of content (text, paths, images) in a page or form XObject is inside marked
    content that the structure tree reaches (by MCID, 01-004/01-005) or inside an /Artifact
  - every MCID the tree names is on its page
  - the parent tree leads every MCID of a page and every link annotation back to its element,
    each key used once and below /ParentTreeNextKey (07-?, ISO 32000-1 14.7.4.4)
  - every Figure has /Alt or /ActualText (13-004)
  - every Link annotation has /Contents (28-004) and sits in the tree by an OBJR (28-011)
  - tables: only THead/TBody/TFoot/TR/Caption under a Table, only TH/TD under a TR (09-004),
    at least one TH in each table (15-003)
  - lists: only LI (and Caption) under an L, only Lbl/LBody under an LI (09-004)
  - headings do not skip a level (14-003) and the first is H1 (14-002)
  - every font is embedded (31-001)
"""

import json
import re
import sys

import pikepdf

TEXT_OPS = {"Tj", "TJ", "'", '"'}
PAINT_OPS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI"}
HEADING = re.compile(r"^/H([1-6])$")


def name(obj):
    return str(obj) if obj is not None else None


def as_list(value):
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return list(value)
    return [value]


def objkey(obj):
    """A stable key for an indirect object (a page), or the Python id for a direct one."""
    try:
        return obj.objgen
    except Exception:
        return id(obj)


class Checker:
    def __init__(self, path):
        self.path = path
        self.pdf = pikepdf.open(path)
        self.problems = []
        self.facts = {}
        self.page_index = {objkey(p.obj): i for i, p in enumerate(self.pdf.pages)}
        # MCIDs the structure tree reaches: (page index, mcid) and (xobject key, mcid)
        self.reached = set()
        self.counts = {}
        self.headings = []
        self.figures = []
        self.link_objrs = set()
        # a link annotation → the Link element whose OBJR names it
        self.link_owner = {}
        # (page index, mcid) → the structure elements from the root down, as (type, key)
        self.owner = {}
        # the tables that have content in their body (a sign-in sheet's are empty lines)
        self.tables_with_body = set()
        # page index → its MCIDs in the order of the content stream
        self.order = {}

    def problem(self, text):
        if len(self.problems) < 200:
            self.problems.append(text)

    # ---- catalog and metadata

    def catalog(self):
        root = self.pdf.Root
        lang = root.get("/Lang")
        self.facts["lang"] = str(lang) if lang is not None else None
        if not self.facts["lang"]:
            self.problem("catalog: no /Lang")
        mark = root.get("/MarkInfo")
        if mark is None or not bool(mark.get("/Marked", False)):
            self.problem("catalog: /MarkInfo /Marked is not true")
        prefs = root.get("/ViewerPreferences")
        if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
            self.problem("catalog: /ViewerPreferences /DisplayDocTitle is not true")
        if "/StructTreeRoot" not in root:
            self.problem("catalog: no structure tree")
        meta = self.pdf.open_metadata()
        self.facts["pdfuaid"] = meta.get("{http://www.aiim.org/pdfua/ns/id/}part")
        if self.facts["pdfuaid"] != "1":
            self.problem(f"XMP: pdfuaid:part is {self.facts['pdfuaid']!r}, not 1")
        title = meta.get("{http://purl.org/dc/elements/1.1/}title")
        info = self.pdf.docinfo.get("/Title") if self.pdf.trailer.get("/Info") is not None else None
        self.facts["title"] = str(title) if title else (str(info) if info is not None else None)
        if not self.facts["title"]:
            self.problem("no title (XMP dc:title, /Info /Title)")
        self.facts["pages"] = len(self.pdf.pages)

    # ---- the structure tree

    def tree(self):
        root = self.pdf.Root.get("/StructTreeRoot")
        if root is None:
            return
        self.walk(root, None, None)
        if self.headings:
            if self.headings[0] != 1:
                self.problem(f"headings: the first is H{self.headings[0]}, not H1")
            for before, after in zip(self.headings, self.headings[1:]):
                if after > before + 1:
                    self.problem(f"headings: H{before} is followed by H{after}")
        self.facts["structure"] = self.counts
        self.facts["headings"] = self.headings
        self.facts["figures"] = self.figures

    def walk(self, elem, parent_type, page, chain=()):
        kind = name(elem.get("/S")) if "/S" in elem else None
        own_page = elem.get("/Pg", page)
        if kind is not None:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.check_element(elem, kind, parent_type)
            chain = chain + ((kind, objkey(elem)),)
        children = as_list(elem.get("/K"))
        for child in children:
            if isinstance(child, int) or (isinstance(child, pikepdf.Object) and child._type_code == pikepdf.ObjectType.integer):
                self.reach(own_page, None, int(child), kind, chain)
            elif isinstance(child, pikepdf.Dictionary):
                ctype = name(child.get("/Type"))
                if ctype == "/MCR":
                    self.reach(child.get("/Pg", own_page), child.get("/Stm"), int(child.MCID), kind, chain)
                elif ctype == "/OBJR":
                    obj = child.get("/Obj")
                    if obj is not None and name(obj.get("/Subtype")) == "/Link":
                        self.link_objrs.add(objkey(obj))
                        self.link_owner[objkey(obj)] = objkey(elem)
                        if kind != "/Link":
                            self.problem(f"a link annotation is reached from {kind}, not from a Link element")
                else:
                    self.walk(child, kind, own_page, chain)

    def reach(self, page, stream, mcid, kind, chain):
        if stream is not None:
            self.reached.add(("xobject", objkey(stream), mcid))
        elif page is None:
            self.problem(f"{kind}: MCID {mcid} without a page")
        else:
            index = self.page_index.get(objkey(page))
            self.reached.add(("page", index, mcid))
            self.owner[(index, mcid)] = chain
            kinds = [k for k, _ in chain]
            if "/TBody" in kinds or ("/TD" in kinds and "/THead" not in kinds):
                table = next((key for k, key in reversed(chain) if k == "/Table"), None)
                if table is not None:
                    self.tables_with_body.add(table)

    def check_element(self, elem, kind, parent):
        heading = HEADING.match(kind)
        if heading:
            self.headings.append(int(heading.group(1)))
        if kind == "/Figure":
            alt = elem.get("/Alt", elem.get("/ActualText"))
            text = str(alt).strip() if alt is not None else ""
            self.figures.append(text)
            if not text:
                self.problem("a Figure without /Alt")
        children = [c for c in as_list(elem.get("/K")) if isinstance(c, pikepdf.Dictionary) and "/S" in c]
        kinds = [name(c.get("/S")) for c in children]
        if kind == "/Table":
            wrong = [k for k in kinds if k not in ("/THead", "/TBody", "/TFoot", "/TR", "/Caption")]
            if wrong:
                self.problem(f"a Table holds {wrong[0]} directly")
            if not self.has_descendant(elem, "/TH"):
                self.problem("a Table without header cells (TH)")
            if any(not isinstance(c, pikepdf.Dictionary) for c in as_list(elem.get("/K"))):
                self.problem("a Table holds content directly")
        if kind in ("/THead", "/TBody", "/TFoot"):
            wrong = [k for k in kinds if k != "/TR"]
            if wrong:
                self.problem(f"a {kind[1:]} holds {wrong[0]}")
        if kind == "/TR":
            wrong = [k for k in kinds if k not in ("/TH", "/TD")]
            if wrong:
                self.problem(f"a TR holds {wrong[0]}")
        if kind == "/L":
            wrong = [k for k in kinds if k not in ("/LI", "/Caption", "/L")]
            if wrong:
                self.problem(f"an L holds {wrong[0]}")
        if kind == "/LI":
            wrong = [k for k in kinds if k not in ("/Lbl", "/LBody")]
            if wrong:
                self.problem(f"an LI holds {wrong[0]}")
            if "/LBody" not in kinds:
                self.problem("an LI without LBody")

    def has_descendant(self, elem, kind):
        for child in as_list(elem.get("/K")):
            if isinstance(child, pikepdf.Dictionary) and "/S" in child:
                if name(child.get("/S")) == kind or self.has_descendant(child, kind):
                    return True
        return False

    # ---- the content streams

    def content(self):
        untagged = 0
        seen = set()
        for index, page in enumerate(self.pdf.pages):
            found = self.stream(page, page.obj.get("/Resources"), ("page", index), [], seen)
            untagged += found
        missing = [r for r in self.reached if r not in seen]
        if missing:
            self.problem(f"{len(missing)} MCIDs of the structure tree are not in the content, e.g. {missing[0]}")
        self.facts["untagged_operations"] = untagged
        orphans = []
        empty = []
        for index in range(len(self.pdf.pages)):
            mcids = self.order.get(index, [])
            if not mcids:
                empty.append(index + 1)
                continue
            chain = self.owner.get((index, mcids[-1]), ())
            table = next((key for k, key in reversed(chain) if k == "/Table"), None)
            # a heading, a table's header row (of a table with content in its body), or a
            # table's caption (a chart's caption below it is not one)
            last = next(
                (
                    k
                    for i, (k, _) in reversed(list(enumerate(chain)))
                    if HEADING.match(k)
                    or (k == "/THead" and table in self.tables_with_body)
                    or (k == "/Caption" and i > 0 and chain[i - 1][0] == "/Table")
                ),
                None,
            )
            if last is not None and index + 1 < len(self.pdf.pages):
                orphans.append({"page": index + 1, "kind": last[1:]})
        self.facts["orphans"] = orphans
        self.facts["empty_pages"] = empty

    def stream(self, owner, resources, where, stack, seen):
        """Walks a content stream; returns the number of content operations outside tagged or artifact content."""
        untagged = 0
        try:
            operations = pikepdf.parse_content_stream(owner)
        except Exception as error:  # a stream that does not parse is a problem in itself
            self.problem(f"{where}: content does not parse ({error})")
            return 0
        for operands, operator in operations:
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and len(operands) > 1:
                    props = operands[1]
                    if isinstance(props, pikepdf.Name) and resources is not None:
                        props = resources.get("/Properties", {}).get(str(props))
                    if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                        mcid = int(props.MCID)
                if mcid is not None:
                    seen.add((where[0], where[1], mcid))
                    if where[0] == "page":
                        self.order.setdefault(where[1], []).append(mcid)
                    if (where[0], where[1], mcid) not in self.reached:
                        self.problem(f"{where}: MCID {mcid} is not in the structure tree")
                stack.append((tag, mcid))
            elif op == "EMC":
                if stack:
                    stack.pop()
                else:
                    self.problem(f"{where}: EMC without BDC/BMC")
            elif op in TEXT_OPS or op in PAINT_OPS or op == "Do":
                covered = any(tag == "/Artifact" or mcid is not None for tag, mcid in stack)
                if op == "Do":
                    xobject = resources.get("/XObject", {}).get(str(operands[0])) if resources is not None else None
                    if xobject is not None and name(xobject.get("/Subtype")) == "/Form":
                        untagged += self.stream(xobject, xobject.get("/Resources", resources), ("xobject", objkey(xobject)), list(stack), seen)
                        continue
                if not covered:
                    untagged += 1
                    if untagged <= 3:
                        self.problem(f"{where}: {op} outside tagged content and outside an artifact")
        return untagged

    # ---- the parent tree: from content back to its element (what a screen reader follows)

    def parent_tree(self):
        root = self.pdf.Root.get("/StructTreeRoot")
        if root is None:
            return
        entries = {}

        def read(node):
            nums = as_list(node.get("/Nums"))
            for i in range(0, len(nums) - 1, 2):
                entries[int(nums[i])] = nums[i + 1]
            for kid in as_list(node.get("/Kids")):
                read(kid)

        if "/ParentTree" in root:
            read(root.ParentTree)
        used = {}
        next_key = int(root.get("/ParentTreeNextKey", 0))

        def claim(key, what):
            if key in used:
                self.problem(f"parent tree: key {key} belongs to {used[key]} and to {what}")
            used[key] = what
            if key >= next_key:
                self.problem(f"parent tree: key {key} of {what} is not below /ParentTreeNextKey {next_key}")

        for index, page in enumerate(self.pdf.pages):
            mcids = self.order.get(index, [])
            key = page.obj.get("/StructParents")
            if key is None:
                if mcids:
                    self.problem(f"page {index + 1}: marked content but no /StructParents")
                continue
            claim(int(key), f"page {index + 1}")
            parents = as_list(entries.get(int(key)))
            for mcid in mcids:
                chain = self.owner.get((index, mcid), ())
                if not chain:
                    continue
                if mcid >= len(parents) or objkey(parents[mcid]) != chain[-1][1]:
                    self.problem(f"page {index + 1}: the parent tree does not lead MCID {mcid} to its element")
                    break
            for annot in as_list(page.obj.get("/Annots")):
                owner = self.link_owner.get(objkey(annot))
                if owner is None:
                    continue
                key = annot.get("/StructParent")
                if key is None:
                    self.problem(f"page {index + 1}: a link in the structure tree without /StructParent")
                    continue
                claim(int(key), f"a link on page {index + 1}")
                if objkey(entries.get(int(key))) != owner:
                    self.problem(f"page {index + 1}: the parent tree does not lead a link to its Link element")

    # ---- annotations and fonts

    def annotations(self):
        links = 0
        for index, page in enumerate(self.pdf.pages):
            for annot in as_list(page.obj.get("/Annots")):
                if name(annot.get("/Subtype")) != "/Link":
                    continue
                links += 1
                contents = annot.get("/Contents")
                if contents is None or not str(contents).strip():
                    self.problem(f"page {index + 1}: a link without /Contents")
                if objkey(annot) not in self.link_objrs:
                    self.problem(f"page {index + 1}: a link annotation outside the structure tree")
        self.facts["links"] = links

    def fonts(self):
        names = set()
        visited = set()

        def visit(resources):
            if resources is None or objkey(resources) in visited:
                return
            visited.add(objkey(resources))
            for _, font in (resources.get("/Font") or {}).items():
                self.font(font, names)
            for _, xobject in (resources.get("/XObject") or {}).items():
                if name(xobject.get("/Subtype")) == "/Form":
                    visit(xobject.get("/Resources"))

        for page in self.pdf.pages:
            visit(page.obj.get("/Resources"))
        self.facts["fonts"] = sorted(names)

    def font(self, font, names):
        base = str(font.get("/BaseFont", ""))
        names.add(re.sub(r"^/([A-Z]{6}\+)?", "", base))
        descriptors = []
        if name(font.get("/Subtype")) == "/Type0":
            for descendant in as_list(font.get("/DescendantFonts")):
                descriptors.append(descendant.get("/FontDescriptor"))
        else:
            descriptors.append(font.get("/FontDescriptor"))
        for descriptor in descriptors:
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                self.problem(f"font {base} is not embedded")

    def run(self):
        self.catalog()
        self.tree()
        self.content()
        self.annotations()
        self.parent_tree()
        self.fonts()
        return {"file": self.path, "problems": self.problems, "facts": self.facts}


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(json.dumps(Checker(path).run(), ensure_ascii=False))
