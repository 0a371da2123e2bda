import Testing

@testable import QueryLanguage

@Suite struct LexerTests {
  @Test func wordsNumbersStringsAndSymbols() throws {
    let tokens = try Lexer.tokens(#"find quote where speaker != "Earnest" and article in (001, 'x') limit 3"#)
    #expect(tokens.map(\.kind) == [
      .word, .word, .word, .word, .symbol, .string, .word, .word, .word, .symbol, .number, .symbol, .string, .symbol,
      .word, .number, .end,
    ])
    #expect(tokens[5].text == "Earnest")
    #expect(tokens[10].text == "001")
    #expect(tokens[4].text == "!=")
  }

  @Test func curlyQuotesAndEscapes() throws {
    let tokens = try Lexer.tokens("text contains “joint center” or text = \"say \\\"no\\\"\"")
    #expect(tokens[2].text == "joint center")
    #expect(tokens[2].range == SourceRange(column: 15, length: 14))
    #expect(tokens[6].text == #"say "no""#)
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let tokens = try Lexer.tokens("find quote where text = \"Über\" and x")
    let and = try #require(tokens.first { $0.text == "and" })
    #expect(and.range.column == 32)
  }

  @Test func unclosedStringPointsAtItsStart() {
    #expect(throws: QueryError("this string is never closed: add \" at its end", at: SourceRange(column: 6, length: 4))) {
      try Lexer.tokens("show \"abc")
    }
  }

  @Test func controlCharactersAreNamed() {
    #expect(throws: QueryError("unexpected character 'U+0'", at: SourceRange(column: 6, length: 1))) {
      try Lexer.tokens("find \u{0}quote")
    }
  }
}
