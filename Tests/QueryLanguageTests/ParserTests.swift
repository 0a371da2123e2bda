import Testing

@testable import QueryLanguage

@Suite struct ParserTests {
  @Test func findWithConditionOrderAndLimit() throws {
    let statement = try Parser.parse(#"find quote where speaker = "Earnest" and not (partial or article in ("001", 3)) order by speaker desc, article limit 5"#)
    guard case .query(.find(let source, let filter, let order, let limit)) = statement else {
      Issue.record("not a find: \(statement)")
      return
    }
    guard case .kind(let kind) = source else { Issue.record("source"); return }
    #expect(kind.value == .quote)
    #expect(limit == 5)
    #expect(order.map(\.field.value) == ["speaker", "article"])
    #expect(order.map(\.descending) == [true, false])
    guard case .and(.compare(let field, .equal, let value), .not(.or(.flag(let flag), .among(let among, let values)))) = filter else {
      Issue.record("unexpected tree: \(String(describing: filter))")
      return
    }
    #expect(field.value == "speaker")
    #expect(value.value == .string("Earnest"))
    #expect(flag.value == "partial")
    #expect(among.value == "article")
    #expect(values.map(\.value) == [.string("001"), .number("3")])
  }

  @Test func andBindsTighterThanOr() throws {
    guard case .query(.find(_, let filter?, _, _)) = try Parser.parse(#"find quote where a = "1" or b = "2" and c = "3""#),
      case .or(.compare, .and(.compare, .compare)) = filter
    else {
      Issue.record("or must be at the top")
      return
    }
  }

  @Test func otherStatements() throws {
    #expect(try Parser.parse("list speakers") == .query(.list(.speakers)))
    #expect(try Parser.parse("  ") == .empty)
    #expect(try Parser.parse("-- a comment") == .empty)
    #expect(try Parser.parse(".format jsonl") == .dot(.format("jsonl")))
    #expect(try Parser.parse(".note Earnest frames Russia's role") == .dot(.note("Earnest frames Russia's role")))
    #expect(try Parser.parse(".save earnest --force") == .dot(.save(name: "earnest", force: true)))
    #expect(try Parser.parse(".exit") == .dot(.quit))
    guard case .query(.show(.article(let id, let range, let raw))) = try Parser.parse("show 004 paragraph 12..14 raw") else {
      Issue.record("show")
      return
    }
    #expect(id.value == "004" && range == 12...14 && raw)
    guard case .assign("Q", .count(.result(let name), nil, let by)) = try Parser.parse("Q = count last by speaker, outlet") else {
      Issue.record("assign")
      return
    }
    #expect(name.value == "last" && by.map(\.value) == ["speaker", "outlet"])
    guard case .query(.compare(.ids(let ids), let topic)) = try Parser.parse(#"compare 001 004 on "joint center""#) else {
      Issue.record("compare")
      return
    }
    #expect(ids.map(\.value) == ["001", "004"] && topic.value == "joint center")
    #expect(try Parser.parse(#"compare all on "Assad""#) == .query(.compare(articles: .all, topic: Located("Assad", SourceRange(column: 16, length: 7)))))
    #expect(try Parser.parse("Q") == .query(.show(.result(Located("Q", SourceRange(column: 1, length: 1))))))
    guard case .query(.show(.quote(let n))) = try Parser.parse("show quote 7") else { Issue.record("show quote"); return }
    #expect(n.value == 7)
    // the forms a new user guesses first
    guard case .query(.show(.article(let rawID, nil, true))) = try Parser.parse("show raw 001"),
      case .query(.show(.article(let plainID, nil, false))) = try Parser.parse("show article 004"),
      case .query(.show(.article(_, 2...3, true))) = try Parser.parse("show article 004 paragraph 2..3 raw")
    else {
      Issue.record("show raw / show article")
      return
    }
    #expect(rawID.value == "001" && plainID.value == "004")
  }

  /// Every parse error: the message, the column of the caret, and the first note.
  @Test(arguments: [
    ("fnd quote", "unknown command 'fnd'", 1, "did you mean 'find'?"),
    (#"find quote where speaker = Earnest"#, #"expected a quoted string after '=' but found 'Earnest': write "Earnest""#, 28, nil),
    (#"find quote where speaker = "#, "expected a quoted string after '=' but found end of line", 28, nil),
    (#"find quote where speaker "x""#, #"expected an operator (=, !=, ~, contains, in, <, >) after 'speaker' but found "x""#, 26, nil),
    (#"find quote where (a = "1""#, "expected ')' to close the '(' at column 18 but found end of line", 26, nil),
    (#"find quote where a in "1""#, #"expected '(' after 'in': article in ("001", "004")"#, 23, nil),
    (#"find quote where a in ("1" "2")"#, #"expected ',' or ')' in the list of values but found "2""#, 28, nil),
    ("find quote where", "expected a field name after 'where' but found end of line", 17, nil),
    ("find quote limit x", "expected a number after 'limit' but found 'x'", 18, nil),
    ("find quote order speaker", "expected 'by' after 'order' but found 'speaker'", 18, nil),
    ("find quote wher speaker", "expected 'where', 'order', 'limit' or the end of the query but found 'wher'", 12, "did you mean 'where'?"),
    ("find", "expected what to find (quote, sentence, paragraph, mention, article, person, line, or a result name) but found end of line", 5, nil),
    ("find where", "expected what to find but found the keyword 'where'", 6, nil),
    ("count quote bye speaker", "expected 'by' and a field to count by (count quote by speaker), or the end of the query, but found 'bye'", 13, "did you mean 'by'?"),
    ("count quote by", "expected a field name after 'by' but found end of line", 15, nil),
    ("list artcles", "expected what to list (articles, speakers, people, outlets) but found 'artcles'", 6, "did you mean 'articles'?"),
    ("show", "expected an article id or a result name after 'show' but found end of line", 5, nil),
    ("show 004 paragraf 2", "expected 'paragraph' or 'raw' after the article id but found 'paragraf'", 10, "did you mean 'paragraph'?"),
    ("show 004 paragraph 5..2", "the range ends before it starts: write the smaller number first", 23, nil),
    ("show 004 paragraph x", "expected a number after 'paragraph' but found 'x'", 20, nil),
    ("compare on \"x\"", "expected article ids or 'all' after 'compare' (compare 001 004 on \"topic\") but found 'on'", 9, nil),
    ("compare 001 004", "expected 'on' and a quoted topic (compare 001 004 on \"joint center\") but found end of line", 16, nil),
    ("compare 001 004 on x", "expected a quoted topic after 'on' but found 'x'", 20, nil),
    ("where = find quote", "'where' is a keyword and cannot name a result; pick another name", 1, nil),
    ("Q = ", "expected a query after '=' (for example: find quote where speaker = \"Kerry\")", 5, nil),
    ("list articles now", "unexpected 'now' after the end of the query", 15, nil),
    ("help show", "'help' is a shell command: write it with a dot, .help show", 1, nil),
    ("quit", "'quit' is a shell command: write it with a dot, .quit", 1, nil),
    ("= 3", "expected a command (list, show, find, count, compare, reuse, similar, trace, kwic, unique, export) but found '='", 1, nil),
    (".fromat json", "unknown command '.fromat'", 1, "did you mean '.format'?"),
    (".format yaml", "unknown format 'yaml'", 9, nil),
    (".timer maybe", "'.timer' takes 'on' or 'off'", 8, nil),
    (".note", "'.note' needs text: .note what you found", 1, nil),
    (".run", "'.run' needs a file: .run queries/example.dq", 1, nil),
  ] as [(String, String, Int, String?)])
  func errors(input: String, message: String, column: Int, note: String?) {
    do {
      let s = try Parser.parse(input)
      Issue.record("parsed without error: \(s)")
    } catch {
      #expect(error.message == message)
      #expect(error.range?.column == column)
      if let note { #expect(error.notes.first == note) }
    }
  }

  @Test func deepNestingIsRefusedNotCrashed() {
    let deep = "find quote where " + String(repeating: "(", count: 10_000) + "a = \"1\"" + String(repeating: ")", count: 10_000)
    #expect(throws: QueryError.self) { try Parser.parse(deep) }
    let notChain = "find quote where " + String(repeating: "not ", count: 5_000) + "partial"
    #expect(throws: QueryError.self) { try Parser.parse(notChain) }
  }

  @Test func renderedErrorPutsTheCaretUnderTheToken() {
    let e = QueryError("bad", at: SourceRange(column: 6, length: 3), notes: ["did you mean 'x'?"])
    #expect(e.rendered(line: "show abc") == "error: bad\n  show abc\n       ^~~\ndid you mean 'x'?")
  }

  @Test func suggestions() {
    #expect(Suggestions.closest(to: "speakr", in: ["speaker", "article", "text"]) == ["speaker"])
    #expect(Suggestions.closest(to: "fnid", in: Parser.commands) == ["find"])
    #expect(Suggestions.closest(to: "zzzzzz", in: Parser.commands).isEmpty)
    #expect(Suggestions.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
  }
}
