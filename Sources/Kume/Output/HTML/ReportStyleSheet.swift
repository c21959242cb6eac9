/// The inline CSS of kume's HTML reports: system fonts only (nothing to fetch), readable on screen, and a print
/// stylesheet that lays the page out on A4 in black and white.
package enum ReportStyleSheet {
    /// The stylesheet.
    ///
    /// Status is never told by colour alone: `.pass`, `.fail` and the other statuses carry a word and a mark
    /// (`✔`, `✘`, `?`, `–`, `±` for an outcome that depends on the reading), so a black-and-white print keeps them apart. Tables repeat their header row on each
    /// printed page; figures, table rows and the banner are not split across pages.
    package static let css = """
        :root { color-scheme: light; --ink: #111; --muted: #555; --rule: #b5b5b5; --pass: #146c2e; \
        --fail: #a4161a; --unknown: #7a5200; --shade: #f1f1f1 }
        *, *::before, *::after { box-sizing: border-box }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 15px; \
        line-height: 1.45; color: var(--ink); background: #fff; -webkit-text-size-adjust: 100% }
        body { max-width: 64rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; line-height: 1.2 }
        h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink) }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem }
        p, ul, ol { margin: .4rem 0 .8rem }
        .muted, figcaption, caption { color: var(--muted) }
        code, .code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .88em; \
        overflow-wrap: anywhere }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem }
        caption { text-align: left; font-size: .85rem; padding: 0 0 .3rem }
        th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top }
        thead th { border-bottom: 2px solid var(--ink); background: var(--shade) }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap }
        .banner { border: 3px solid var(--ink); padding: .8rem 1rem; margin: 1rem 0 1.4rem }
        .banner .verdict { font-size: 1.5rem; font-weight: bold; margin: 0 }
        .banner.pass { border-color: var(--pass) }
        .banner.fail { border-color: var(--fail); border-style: double; border-width: 6px }
        .status { font-weight: bold; white-space: nowrap }
        .status.pass { color: var(--pass) } .status.pass::before { content: "✔ " }
        .status.fail { color: var(--fail) } .status.fail::before { content: "✘ " }
        .status.unknown { color: var(--unknown) } .status.unknown::before { content: "? " }
        .status.skipped { color: var(--muted) } .status.skipped::before { content: "– " }
        .status.depends { color: var(--unknown) } .status.depends::before { content: "± " }
        table[data-table^=robustness-] { width: auto; font-size: .8rem; margin: .2rem 0 .6rem }
        table[data-table^=robustness-] th, table[data-table^=robustness-] td { padding: .12rem .4rem }
        figure { margin: 1rem 0 1.4rem }
        figure svg { display: block; max-width: 100%; height: auto }
        .note { border-left: 4px solid var(--rule); padding: .3rem .8rem; background: var(--shade) }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0 1rem }
        dt { font-weight: bold } dd { margin: 0; overflow-wrap: anywhere }
        @page { size: A4; margin: 14mm 13mm 16mm }
        @media print {
          :root { font-size: 9.5pt; --pass: #000; --fail: #000; --unknown: #000; --muted: #333; --shade: #eee }
          body { max-width: none; padding: 0 }
          h2 { break-after: avoid; page-break-after: avoid }
          h3 { break-after: avoid; page-break-after: avoid }
          figure, tr, .banner, dl { break-inside: avoid; page-break-inside: avoid }
          thead { display: table-header-group }
          a { color: inherit; text-decoration: none }
          .no-print { display: none }
        }
        """
}
