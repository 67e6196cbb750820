from __future__ import annotations

import pytest

from tiyao.core import EmptyInputError, SummaryOptions, summarize


def test_summary_sentences_are_verbatim_and_in_document_order(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        doc = summarize(text, name, SummaryOptions(sentences=3))
        assert len(doc.summary) == 3
        assert [p.index for p in doc.summary] == sorted(p.index for p in doc.summary)
        for pick in doc.summary:
            assert pick.text in text
            assert 0 <= pick.section < len(doc.sections)
        for k, sec in enumerate(doc.sections):
            assert len(sec.summary) == min(3, sec.sentences)
            assert [p.index for p in sec.summary] == sorted(p.index for p in sec.summary)
            assert all(p.section == k and p.text in text for p in sec.summary)
            assert 0.0 <= min((p.score for p in sec.summary), default=0) <= 1.0


def test_untitled_sections_are_named_by_kind_and_titles_are_never_cut(seed_texts: dict[str, str]) -> None:
    from support import ROOT

    from tiyao.core.score.themes import theme_for

    doc = summarize(seed_texts["000_a4df69430f90165f.txt"])
    front = doc.sections[0]
    assert front.title is None and front.theme == "(front matter)"
    assert len(front.keywords) == 5
    assert doc.sections[1].theme == "深刻领悟“两个结合”：抓理论学习"
    report = summarize((ROOT / "tests/data/reports/prov_2025_jiangsu.txt").read_text(encoding="utf-8"))
    themes = {s.theme for s in report.sections}
    # The whole title, numbering dropped (it was cut at the comma, to `着力抓好政策落实`, before).
    assert "着力抓好政策落实，巩固和增强经济回升向好态势" in themes, themes
    assert report.sections[-1].kind.value != "appendix" or report.sections[-1].theme.startswith("(")
    assert (
        theme_for(None, ["代表", "全国政协"], "body", "过去一年，全省经济稳中有进，高质量发展取得新成效。")
        == "过去一年"
    )


def test_same_input_gives_same_summary(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002_400b12bd617868b4.txt"]
    assert summarize(text) == summarize(text)


@pytest.mark.parametrize("text", ["", "   \n\u3000\n", "一、标题\n（一）小标题\n"])
def test_nothing_to_summarize_is_a_tiyao_error(text: str) -> None:
    with pytest.raises(EmptyInputError):
        summarize(text)


def test_long_titles_become_short_themes() -> None:
    from tiyao.core.score.themes import shorten_title

    assert shorten_title("一、2024年工作回顾") == "2024年工作回顾"
    long_title = "（三）着力扩大国内需求，推动经济实现质的有效提升和量的合理增长"
    assert shorten_title(long_title) == "着力扩大国内需求"
    assert shorten_title("坚持以人民为中心的发展思想不断增进民生福祉") == "坚持以人民为中心的发展思想不断…"
    assert shorten_title("深刻领悟“两个结合”：抓理论学习") == "深刻领悟“两个结合”：抓理论学习"


def test_inline_heading_lead_is_not_picked_as_a_key_sentence() -> None:
    from support import ROOT

    text = (ROOT / "tests/data/reports/prov_2025_jiangsu.txt").read_text(encoding="utf-8")
    doc = summarize(text, options=SummaryOptions(sentences=2))
    inline = [s for s in doc.sections if (s.title or "").startswith("（一）着力抓好政策落实")]
    assert inline, [s.title for s in doc.sections]
    picked = [p.text for s in doc.sections for p in s.summary] + [p.text for p in doc.summary]
    assert not any(t.startswith(("（一）", "（二）", "（三）")) for t in picked)


def test_file_path_and_text_path_give_the_same_summary(tmp_path, shared_data) -> None:  # type: ignore[no-untyped-def]
    import json

    from tiyao.core import summarize_source

    # dev.jsonl texts are single lines of `　　`-indented blocks whose leads are topic
    # sentences; the file path (CLI, --jobs) must score them as `summarize` (eval) does.
    options = SummaryOptions(sentences=3)
    lines = (shared_data / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    for k, line in enumerate(lines):
        text = json.loads(line)["text"]
        path = tmp_path / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        assert summarize_source(str(path), options) == summarize(text, str(path), options), k
