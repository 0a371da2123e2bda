/// Turns an `Output` into the text the shell prints, in one of the output formats. The result has
/// no trailing newline; it is deterministic for a given width (no colour, no timings).
public enum Renderer {
  public static func render(_ output: Output, format: OutputFormat, width: Int = 120) -> String {
    switch output {
    case .none: return ""
    case .text(let s): return s
    case .table(let stored):
      let t = stored.materialized()
      switch format {
      case .table: return TableRenderer(width: width).render(t)
      case .json: return JSONRenderer.array(t)
      case .jsonl: return JSONRenderer.lines(t)
      case .csv: return DelimitedRenderer.csv(t)
      case .tsv: return DelimitedRenderer.tsv(t)
      case .markdown: return MarkdownRenderer.render(t)
      }
    }
  }
}
