import Testing

@testable import Notebook

@Suite struct CompleterTests {
  var completer: Completer {
    var c = Completer()
    c.ids = ["000", "001", "004"]
    c.speakers = ["John Kerry", "Josh Earnest", "Vladimir Putin"]
    c.outlets = ["AKIPRESS.COM", "PanARMENIAN.Net"]
    c.results = ["Q"]
    c.fields = ["quote": ["article", "speaker", "text", "partial"]]
    return c
  }

  @Test(arguments: [
    ("fi", 2, ["find"]),
    ("", 0, ["list", "show", "find", "count", "compare", "reuse", "similar", "trace", "kwic", "unique", "export", "Q"]),
    ("find ", 0, ["quote", "sentence", "paragraph", "mention", "article", "person", "line", "Q"]),
    ("find quote where sp", 2, ["speaker"]),
    ("find quote where speaker = \"Ea", 3, ["\"Josh Earnest\""]),
    ("find quote where speaker = Pu", 2, ["\"Vladimir Putin\""]),
    ("find quote where speaker = ", 0, ["\"John Kerry\"", "\"Josh Earnest\"", "\"Vladimir Putin\""]),
    ("find quote where article in (00", 2, ["000", "001", "004"]),
    ("find quote where article in (000, 4", 1, []),
    ("find quote where outlet = \"Pan", 4, ["\"PanARMENIAN.Net\""]),
    ("find quote where speaker = \"x\" ", 0, ["and", "or", "order", "limit"]),
    ("compare 0", 1, ["000", "001", "004"]),
    ("compare 000 ", 0, ["000", "001", "004", "on"]),
    ("list s", 1, ["speakers"]),
    ("show ", 0, ["000", "001", "004", "quote", "Q"]),
    ("R = find quote where pa", 2, ["partial"]),
    (".fo", 3, [".format"]),
    (".format j", 1, ["json", "jsonl"]),
    ("count quote by ", 0, ["article", "speaker", "text", "partial"]),
  ] as [(String, Int, [String])])
  func completes(prefix: String, replacing: Int, candidates: [String]) {
    let c = completer.complete(prefix)
    #expect(c.candidates == candidates)
    if !candidates.isEmpty { #expect(c.replacing == replacing) }
  }
}
