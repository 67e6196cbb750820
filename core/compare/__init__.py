"""Comparing editions of a report (`tiyao diff`): align their sections, then diff what is in them.

`align` pairs the sections of two editions one-to-one and in order (title and text
similarity, dynamic programming); `figures` pairs figures by the thing they measure;
`phrases` counts quoted phrases and key terms; `novelty` finds key sentences without a
close counterpart. `report.compare` puts them together for two editions,
`trajectory.trace` for three or more, and `editions` reads the sources.
"""
