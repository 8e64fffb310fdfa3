#!/usr/bin/env python3
"""Structure-aware .docx seeds for the docx fuzz target (issue 16).

Writes N generated .docx files into a corpus folder, in the harness's input modes (fuzz/harness.h):
0x00 + a whole .docx, 0x80 + its document.xml, 0xC0 + document \x01\x01 numbering \x01\x01 styles.
The body is grown from a small grammar: paragraphs with runs, fields, hidden and deleted text,
tables nested in cells, w:tr / w:tc in every position (also where they do not belong), vMerge and
gridSpan on any cell, deep nesting and entity runs; numbering.xml variants (a num without its
abstractNum, styles that cycle, a huge ilvl or start); ZIP containers with data descriptors,
ZIP64 records and duplicate entries. Deterministic for a seed, run at fuzz time (build/ only).

Usage: gen_docx_seeds.py OUT_DIR [COUNT] [SEED]
"""
import hashlib, random, struct, sys, zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WORDS = ["收入", "支出", "10万元", "合计", "其中", "一、", "（一）", "12.5%", "&amp;", "&#x4E00;", "&lt;", "&", "&#0;",
         "&bogus;", "  ", "预算执行率", "1,234.56", "三公经费"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def text(self):
        r = self.r
        if r.random() < 0.05:  # an entity run, with and without ';'
            return r.choice(["&", "&amp;", "&#", "&#x"]) * r.randint(50, 3000)
        return "".join(r.choice(WORDS) for _ in range(r.randint(1, 4)))

    def run(self, depth):
        r = self.r
        k = r.random()
        if k < 0.45:
            space = ' xml:space="preserve"' if r.random() < 0.5 else ""
            return f"<w:r><w:t{space}>{self.text()}</w:t></w:r>"
        if k < 0.55:
            return f'<w:r><w:fldChar w:fldCharType="{r.choice(["begin", "separate", "end", "bogus"])}"/></w:r>'
        if k < 0.6:
            return "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        if k < 0.67:
            off = r.choice(["", ' w:val="0"'])
            return f"<w:r><w:rPr><w:vanish{off}/></w:rPr><w:t>{self.text()}</w:t></w:r>"
        if k < 0.73:
            return f"<w:del><w:r><w:delText>{self.text()}</w:delText></w:r></w:del>"
        if k < 0.78:
            return f"<w:ins><w:r><w:t>{self.text()}</w:t></w:r></w:ins>"
        if k < 0.83:
            mark = r.choice(["<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", '<w:sym w:char="4E00"/>'])
            return f"<w:r>{mark}</w:r>"
        if k < 0.88 and depth < 40:  # a text box: paragraphs (and tables) inside a run
            return f"<w:r><w:txbxContent>{self.blocks(depth + 1, 2)}</w:txbxContent></w:r>"
        if k < 0.92 and depth < 40:
            return f"<w:hyperlink>{self.run(depth + 1)}</w:hyperlink>"
        if k < 0.95:
            return self.stray(depth)
        return f"<w:r><w:t>{self.text()}</w:t></w:r>"

    def para(self, depth):
        r = self.r
        ppr = ""
        if r.random() < 0.3:
            ppr = (f'<w:pPr><w:pStyle w:val="{r.choice(["H1", "H2", "Loop", "none"])}"/><w:numPr>'
                   f'<w:ilvl w:val="{r.choice(["0", "1", "8", "9", "999", "-1", "x"])}"/>'
                   f'<w:numId w:val="{r.choice(["1", "2", "3", "0", "77"])}"/></w:numPr>'
                   + ("<w:rPr><w:del/></w:rPr>" if r.random() < 0.1 else "") + "</w:pPr>")
        return "<w:p>" + ppr + "".join(self.run(depth) for _ in range(r.randint(0, 4))) + "</w:p>"

    def tcpr(self):
        r = self.r
        props = []
        if r.random() < 0.4:
            props.append(r.choice(['<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:vMerge w:val="continue"/>']))
        if r.random() < 0.3:
            props.append(f'<w:gridSpan w:val="{r.choice(["0", "2", "3", "999", "-1", "x"])}"/>')
        return "<w:tcPr>" + "".join(props) + "</w:tcPr>" if props else ""

    def stray(self, depth):
        """A table part where it does not belong, and merge marks with no cell of their own."""
        r = self.r
        return r.choice([
            "<w:tr></w:tr>",
            f"<w:tr><w:tc>{self.para(depth + 1) if depth < 40 else ''}</w:tc></w:tr>",
            f"<w:tc>{self.tcpr()}</w:tc>",
            "<w:tcPr><w:vMerge/></w:tcPr>",
            '<w:trPr><w:del/></w:trPr>',
            "<w:vMerge/>",
        ])

    def cell(self, depth):
        r = self.r
        inner = self.tcpr() if r.random() < 0.8 else ""
        for _ in range(r.randint(0, 3)):
            k = r.random()
            if k < 0.6:
                inner += self.para(depth + 1)
            elif k < 0.8 and depth < 40:
                inner += self.table(depth + 1)
            else:
                inner += self.stray(depth + 1)
        if r.random() < 0.2:  # merge marks after the content, too
            inner += self.tcpr()
        return "<w:tc>" + inner + "</w:tc>"

    def row(self, depth):
        r = self.r
        inner = "<w:trPr><w:del/></w:trPr>" if r.random() < 0.05 else ""
        for _ in range(r.randint(0, 4)):
            inner += self.cell(depth) if r.random() < 0.9 else self.stray(depth)
        if r.random() < 0.1:
            inner = f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
        return "<w:tr>" + inner + "</w:tr>"

    def table(self, depth):
        r = self.r
        rows = "".join(self.row(depth + 1) for _ in range(r.randint(0, 4)))
        if r.random() < 0.1:
            rows += self.para(depth + 1)  # a paragraph directly in w:tbl
        return "<w:tbl><w:tblPr/>" + rows + "</w:tbl>"

    def blocks(self, depth, n):
        r = self.r
        out = ""
        for _ in range(r.randint(1, n)):
            k = r.random()
            out += self.para(depth) if k < 0.5 else self.table(depth) if k < 0.9 else self.stray(depth)
        return out

    def deep(self):
        r = self.r
        d = r.choice([10, 60, 120, 250, 255, 300])
        return "<w:tbl><w:tr><w:tc>" * (d // 3) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>" * (d // 3)

    def document(self):
        body = self.deep() if self.r.random() < 0.08 else self.blocks(0, 8)
        return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'

    def numbering(self):
        r = self.r
        lvls = ""
        for i in range(r.randint(0, 4)):
            ilvl = r.choice([str(i), "9", "999", "-1"])
            lvls += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{r.choice(["1", "0", "4294967295", "x"])}"/>'
                     f'<w:numFmt w:val="{r.choice(["decimal", "chineseCounting", "upperRoman", "none", "bullet", "?"])}"/>'
                     f'<w:lvlText w:val="{r.choice(["%1、", "（%2）", "%1.%2.%3.%4.%5.%6.%7.%8.%9", "%0", "%", ""])}"/></w:lvl>')
        abstract = f'<w:abstractNum w:abstractNumId="{r.choice(["0", "1"])}">{lvls}</w:abstractNum>' if r.random() < 0.8 else ""
        # A num without its abstractNum, a num that links to a style that links back (a cycle).
        nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                '<w:num w:numId="2"><w:abstractNumId w:val="9"/></w:num>'
                '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')
        if r.random() < 0.3:
            abstract += '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Loop"/></w:abstractNum>'
        if r.random() < 0.1:
            return "<w:numbering " + W + ">" + abstract  # truncated: malformed
        return f'<?xml version="1.0"?><w:numbering {W}>{abstract}{nums}</w:numbering>'

    def styles(self):
        return (f'<?xml version="1.0"?><w:styles {W}>'
                '<w:style w:styleId="H1"><w:basedOn w:val="H2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
                '<w:style w:styleId="H2"><w:basedOn w:val="H1"/></w:style>'
                '<w:style w:styleId="Loop"><w:basedOn w:val="Loop"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
                '</w:styles>')


def zip_bytes(items, rnd):
    """A ZIP with per-entry quirks: deflate or stored, data descriptors, ZIP64 extra fields and
    end records, duplicate names."""
    out, cd = bytearray(), bytearray()
    zip64 = rnd.random() < 0.2
    for name, data in items:
        name = name.encode()
        deflate = rnd.random() < 0.7
        body = zlib.compress(data, 6)[2:-4] if deflate else data
        crc = zlib.crc32(data) & 0xFFFFFFFF
        method = 8 if deflate else 0
        dd = rnd.random() < 0.3
        flags = 0x08 if dd else 0
        off = len(out)
        if zip64:
            extra = struct.pack("<HHQQ", 1, 16, len(data), len(body))
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, flags, method, 0, 0, 0 if dd else crc,
                               0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra)) + name + extra + body
        else:
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0, *( (0, 0, 0) if dd else (crc, len(body), len(data)) ),
                               len(name), 0) + name + body
        if dd:
            out += struct.pack("<IIQQ" if zip64 else "<IIII", 0x08074B50, crc, len(body), len(data))
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, len(data), len(body), off)
            cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, flags, method, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                              len(name), len(extra), 0, 0, 0, 0, 0xFFFFFFFF) + name + extra
        else:
            cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0, crc, len(body), len(data),
                              len(name), 0, 0, 0, 0, 0, off) + name
    cd_off = len(out)
    out += cd
    n = len(items)
    if zip64:
        z64 = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, len(cd), cd_off)
        out += struct.pack("<IIQI", 0x07064B50, 0, z64, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(cd), cd_off, 0)
    return bytes(out)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
    g = Gen(rnd)
    written = 0
    for i in range(count):
        doc, num, sty = g.document().encode(), g.numbering().encode(), g.styles().encode()
        items = [("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'), ("word/document.xml", doc)]
        if rnd.random() < 0.8:
            items.append(("word/numbering.xml", num))
        if rnd.random() < 0.5:
            items.append(("word/styles.xml", sty))
        if rnd.random() < 0.15:  # a duplicate entry, first or last wins?
            items.append(("word/document.xml", g.document().encode()))
        rnd.shuffle(items)
        for data in (b"\x00" + zip_bytes(items, rnd), b"\x80" + doc, b"\xc0" + doc + b"\x01\x01" + num + b"\x01\x01" + sty):
            if len(data) > 65536:
                continue  # the target runs with -max_len=65536
            with open(f"{out}/gen-{hashlib.sha1(data).hexdigest()}", "wb") as f:
                f.write(data)
            written += 1
    print(f"gen_docx_seeds: {written} seeds in {out}")


if __name__ == "__main__":
    main()
