"""The Markdown reader: headings declared, marks stripped, code left out, line numbers kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SEED_000, SEED_002, build_markdown, section_outline

from tiyao.core import parse_document
from tiyao.core.errors import EmptyInputError
from tiyao.core.read.readers import parse_read_document, read_document
from tiyao.core.read.readers.markdown import read_markdown


@pytest.mark.parametrize("seed", [SEED_000, SEED_002], ids=lambda p: p.stem)
def test_markdown_gives_the_sections_of_the_txt(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    doc = read_document(build_markdown(text), "report.md")
    assert section_outline(parse_read_document(doc)) == section_outline(parse_document(text))


SAMPLE = """# 2024年工作报告

各位代表：现在，我代表市人民政府作**工作报告**，请予审议。

## 一、2023年工作回顾
- 经济运行*稳中向好*；
- 改革开放[持续深化](https://example.org)。

```python
# 这不是标题
print("代码不参与摘要")
```

重点项目
--------
全年完成投资`1200`亿元。
"""


def test_marks_are_stripped_code_is_dropped_and_lines_are_kept() -> None:
    doc = read_markdown(SAMPLE.encode("utf-8"))
    lines = doc.text.split("\n")
    assert len(lines) == len(SAMPLE.split("\n"))
    assert lines[0] == "# 2024年工作报告" and doc.title == "2024年工作报告"
    assert lines[2] == "各位代表：现在，我代表市人民政府作工作报告，请予审议。"
    assert lines[4:7] == ["一、2023年工作回顾", "经济运行稳中向好；", "改革开放持续深化。"]
    assert "代码" not in doc.text and "这不是标题" not in doc.text
    assert doc.headings == {5: 2, 14: 2}
    parsed = parse_read_document(doc)
    assert parsed.title == "2024年工作报告"
    assert [(s.title, s.line) for s in parsed.sections[1:]] == [
        ("一、2023年工作回顾", 5),
        ("重点项目", 14),
    ]


def test_markdown_of_only_code_is_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        read_markdown(b"```\nprint(1)\n```\n")
