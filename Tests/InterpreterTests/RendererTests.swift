import Testing

@testable import Interpreter

@Suite struct RendererTests {
  let table = ResultTable(
    kind: "quote",
    columns: [.init("article"), .init("speaker"), .init("text", header: "quote"), .init("partial", inTable: false)],
    rows: [
      [.string("001"), .string("Josh Earnest"), .string("We’ve said, \"no\" — twice"), .bool(false)],
      [.string("002"), .string("習近平"), .string("a|b\nc"), .bool(true)],
    ])

  @Test func tableAlignsByDisplayWidth() {
    let text = Renderer.render(.table(table), format: .table, width: 80)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "article  speaker       quote")
    #expect(lines[1] == "001      Josh Earnest  We’ve said, \"no\" — twice")
    // three wide characters take six columns: the quote column still starts at column 23
    #expect(lines[2].hasPrefix("002      習近平        a|b"))
    #expect(lines.last == "2 quotes")
  }

  @Test func longCellsWrapAndNoRowIsDropped() {
    let long = String(repeating: "word ", count: 100)
    let t = ResultTable(kind: "sentence", columns: [.init("article"), .init("note"), .init("text")],
      rows: (0..<3).map { _ in [.string("001"), .string(long), .string(long)] })
    let text = Renderer.render(.table(t), format: .table, width: 60)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 60 })
    #expect(lines.last == "3 sentences")
    #expect(text.contains("…"))  // the middle column is cut after four lines
    #expect(text.components(separatedBy: "word").count - 1 > 300)  // the last column is whole
  }

  @Test func csvFollowsRFC4180() {
    let text = Renderer.render(.table(table), format: .csv)
    #expect(text == "article,speaker,text,partial\r\n001,Josh Earnest,\"We’ve said, \"\"no\"\" — twice\",false\r\n002,習近平,\"a|b\nc\",true\r")
  }

  @Test func tsvFlattensTabsAndBreaks() {
    #expect(Renderer.render(.table(table), format: .tsv).split(separator: "\n").last == "002\t習近平\ta|b c\ttrue")
  }

  @Test func jsonlOneObjectPerRowWithEveryField() {
    let lines = Renderer.render(.table(table), format: .jsonl).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0] == #"{"article": "001", "speaker": "Josh Earnest", "text": "We’ve said, \"no\" — twice", "partial": false}"#)
    #expect(lines[1] == #"{"article": "002", "speaker": "習近平", "text": "a|b\nc", "partial": true}"#)
  }

  @Test func jsonArray() {
    let text = Renderer.render(.table(table), format: .json)
    #expect(text.hasPrefix("[\n  {\"article\": \"001\""))
    #expect(text.hasSuffix("}\n]"))
    #expect(Renderer.render(.table(ResultTable(kind: "quote", columns: [.init("a")])), format: .json) == "[]")
  }

  @Test func markdownEscapesPipes() {
    let lines = Renderer.render(.table(table), format: .markdown).split(separator: "\n")
    #expect(lines[0] == "| article | speaker | quote |")
    #expect(lines[1] == "| --- | --- | --- |")
    #expect(lines[3] == "| 002 | 習近平 | a\\|b<br>c |")
  }

  @Test func displayWidth() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("“quoted” — dash") == 15)
    #expect(DisplayWidth.of("日本") == 4)
    #expect(DisplayWidth.of("e\u{0301}") == 1)
    #expect(DisplayWidth.truncate("abcdef", width: 4) == "abc…")
    #expect(DisplayWidth.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
    #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }
}
