/// Parses one line of the query language into a `Statement`.
///
/// ```
/// statement  = NAME "=" query | query | "." dot-command | "--" comment
/// query      = "list" ("articles" | "speakers" | "people" | "outlets")
///            | "show" (ID ["paragraph" N [".." N]] ["raw"] | ("article" | "raw") ID | "quote" N | NAME)
///            | "find" source ["where" cond] ["order" "by" key ("," key)*] ["limit" N]
///            | "count" source ["where" cond] "by" FIELD ("," FIELD)*
///            | "compare" (ID ID+ | "all") "on" STRING
///            | "reuse" (ID ID | "all")
///            | "similar" ID ["limit" N]
///            | "trace" ("quote" N | STRING)
///            | "kwic" STRING ["width" N] ["sort" ("left" | "right")]
///            | "unique" ID
///            | "export" source ["where" cond] "to" PATH   (PATH quoted, or the rest of the line)
///            | NAME                                  (shows a kept result)
/// source     = "quote" | "sentence" | "paragraph" | "mention" | "article" | "person" | NAME
/// cond       = and ("or" and)* ; and = unary ("and" unary)* ; unary = "not" unary | primary
/// primary    = "(" cond ")" | FIELD op value | FIELD "in" "(" value ("," value)* ")" | FIELD
/// op         = "=" | "!=" | "~" | "contains" | "<" | "<=" | ">" | ">="
/// ```
public struct Parser {
  private var tokens: [Token]
  private var position = 0
  private var depth = 0

  /// Words that start a query, for "did you mean" and completion.
  public static let commands = ["list", "show", "find", "count", "compare", "reuse", "similar", "trace", "kwic", "unique", "export"]
  /// Words with a meaning of their own, which cannot name a kept result.
  public static let reserved: Set<String> = [
    "list", "show", "find", "count", "compare", "where", "and", "or", "not", "in", "contains", "order",
    "by", "limit", "desc", "asc", "on", "all", "paragraph", "raw", "reuse", "similar", "trace", "kwic", "unique",
    "width", "sort", "export",
  ]
  /// Nesting deeper than this is refused rather than risking the stack.
  static let maximumDepth = 200
  /// Conditions with more terms than this are refused: evaluation recurses through them.
  static let maximumTerms = 1000
  private var terms = 0

  public static func parse(_ line: String) throws(QueryError) -> Statement {
    let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
    if trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("#") { return .empty }
    if trimmed.hasPrefix(".") { return .dot(try DotCommand.parse(line)) }
    if trimmed.prefix(7).lowercased() == "export " { return try export(line) }
    var parser = Parser(tokens: try Lexer.tokens(line))
    return try parser.statement()
  }

  private init(tokens: [Token]) { self.tokens = tokens }

  /// `export KIND [where COND] to PATH`: the path is used as written, so it is taken from the
  /// line itself (after the last ` to `) rather than from tokens; the rest parses as a `find`,
  /// written over `export` with the same width so error columns stay right.
  private static func export(_ line: String) throws(QueryError) -> Statement {
    let chars = Array(line)
    // the last " to " (any case) separates the query from the path
    var at: Int? = nil
    if chars.count >= 4 {
      for i in stride(from: chars.count - 4, through: 0, by: -1)
      where chars[i] == " " && chars[i + 3] == " " && String(chars[(i + 1)...(i + 2)]).lowercased() == "to" {
        at = i
        break
      }
    }
    guard let at else {
      throw QueryError(
        "expected 'to' and a file after what to export (export quotes to quotes.jsonl)",
        at: SourceRange(column: chars.count + 1, length: 1))
    }
    let column = at + 5
    var path = String(chars[(at + 4)...])
    while path.first == " " { path.removeFirst() }
    while path.last == " " { path.removeLast() }
    if path.count >= 2, let f = path.first, f == "\"" || f == "'" || f == "\u{201C}", path.last == (f == "\u{201C}" ? "\u{201D}" : f) {
      path = String(path.dropFirst().dropLast())
    }
    guard !path.isEmpty else {
      throw QueryError("expected a file name after 'to' (export quotes to quotes.jsonl)", at: SourceRange(column: column, length: 1))
    }
    var head = Array(chars[..<at])
    let start = head.firstIndex { $0 != " " && $0 != "\t" }!
    head.replaceSubrange(start..<(start + 6), with: Array("find  "))
    let asFind = String(head)
    var parser = Parser(tokens: try Lexer.tokens(asFind))
    guard case .query(.find(let source, let filter, let order, let limit)) = try parser.statement() else {
      throw QueryError("expected what to export (export quotes where speaker = \"Kerry\" to kerry.csv)", at: SourceRange(column: 1, length: 6))
    }
    guard order.isEmpty, limit == nil else {
      throw QueryError("export takes every matching row: leave out order by and limit, or keep a result and export it", at: SourceRange(column: 1, length: 6))
    }
    return .query(.export(source: source, filter: filter, path: Located(path, SourceRange(column: column, length: path.count))))
  }

  // MARK: statements

  private mutating func statement() throws(QueryError) -> Statement {
    let first = peek
    if first.kind == .word, tokens.count > 1, tokens[1].kind == .symbol, tokens[1].text == "=" {
      guard !Self.reserved.contains(first.keyword) else {
        throw QueryError("'\(first.text)' is a keyword and cannot name a result; pick another name", at: first.range)
      }
      advance()
      advance()
      if peek.kind == .end { throw QueryError("expected a query after '=' (for example: find quote where speaker = \"Kerry\")", at: peek.range) }
      let q = try query()
      try expectEnd()
      return .assign(name: first.text, query: q)
    }
    let q = try query()
    try expectEnd()
    return .query(q)
  }

  private mutating func query() throws(QueryError) -> Query {
    let t = peek
    guard t.kind == .word else {
      throw QueryError("expected a command (\(Self.commands.joined(separator: ", "))) but found \(t.quoted)", at: t.range)
    }
    switch t.keyword {
    case "list": advance(); return try list()
    case "show": advance(); return try show()
    case "find": advance(); return try find()
    case "count": advance(); return try count()
    case "compare": advance(); return try compare()
    case "reuse": advance(); return try reuse()
    case "similar": advance(); return .similar(id: try articleID(after: "similar", example: "similar 004"), limit: try optionalLimit())
    case "trace": advance(); return try trace()
    case "kwic": advance(); return try kwic()
    case "unique": advance(); return .unique(id: try articleID(after: "unique", example: "unique 004"))
    default:
      // (`help show`, `quit`: the shell's own commands are written with a dot; say so rather than
      // look for a result of that name)
      if t.kind == .word, DotCommand.names.contains("." + t.keyword) {
        let rest = tokens[(position + 1)...].filter { $0.kind != .end }.map(\.text).joined(separator: " ")
        throw QueryError(
          "'\(t.text)' is a shell command: write it with a dot, .\(t.keyword)\(rest.isEmpty ? "" : " " + rest)", at: t.range)
      }
      // a lone word shows a kept result; the interpreter says "did you mean" when there is none
      if tokens.count == position + 2 && !Self.commands.contains(t.keyword) {
        advance()
        return .show(.result(Located(t.text, t.range)))
      }
      throw QueryError(
        "unknown command '\(t.text)'", at: t.range,
        notes: Suggestions.note(for: t.text, in: Self.commands) + ["commands: \(Self.commands.joined(separator: ", ")); type .help for more"])
    }
  }

  private mutating func list() throws(QueryError) -> Query {
    let t = peek
    let options = ListTarget.allCases.map(\.rawValue)
    guard t.kind == .word, let target = ListTarget(rawValue: t.keyword) ?? (t.keyword == "speaker" ? .speakers : t.keyword == "article" ? .articles : t.keyword == "outlet" ? .outlets : nil) else {
      throw QueryError(
        "expected what to list (\(options.joined(separator: ", "))) but found \(t.quoted)", at: t.range,
        notes: t.kind == .word ? Suggestions.note(for: t.text, in: options) : [])
    }
    advance()
    return .list(target)
  }

  private mutating func show() throws(QueryError) -> Query {
    let t = peek
    if t.keyword == "quote", tokens[position + 1].kind == .number {
      advance()
      let n = peek
      advance()
      return .show(.quote(Located(Int(n.text) ?? 0, n.range)))
    }
    switch t.kind {
    case .number, .string:
      advance()
      return try showArticle(Located(t.text, t.range))
    case .word:
      advance()
      if peek.keyword == "paragraph" || peek.keyword == "raw" { return try showArticle(Located(t.text, t.range)) }
      // (`show article 001`, `show raw 001`: the forms a new user guesses mean `show 001 [raw]`)
      if ["article", "raw"].contains(t.keyword), peek.kind == .number || peek.kind == .string {
        let id = peek
        advance()
        return try showArticle(Located(id.text, id.range), raw: t.keyword == "raw")
      }
      return .show(.result(Located(t.text, t.range)))
    default:
      throw QueryError("expected an article id or a result name after 'show' but found \(t.quoted)", at: t.range)
    }
  }

  private mutating func showArticle(_ id: Located<String>, raw: Bool = false) throws(QueryError) -> Query {
    var paragraphs: ClosedRange<Int>? = nil
    var raw = raw
    while peek.kind == .word {
      switch peek.keyword {
      case "paragraph", "paragraphs", "p":
        advance()
        let from = try number(after: "paragraph")
        var to = from
        if peek.kind == .symbol && peek.text == ".." {
          advance()
          to = try number(after: "..")
        }
        guard to >= from else { throw QueryError("the range ends before it starts: write the smaller number first", at: previous.range) }
        paragraphs = from...to
      case "raw":
        advance()
        raw = true
      default:
        throw QueryError("expected 'paragraph' or 'raw' after the article id but found \(peek.quoted)", at: peek.range,
          notes: Suggestions.note(for: peek.text, in: ["paragraph", "raw"]))
      }
    }
    return .show(.article(id: id, paragraphs: paragraphs, raw: raw))
  }

  private mutating func source(after command: String) throws(QueryError) -> Source {
    let t = peek
    guard t.kind == .word else {
      throw QueryError(
        "expected what to \(command) (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")), or a result name) but found \(t.quoted)",
        at: t.range)
    }
    advance()
    var key = t.keyword
    if key.hasSuffix("s") && EntityKind(rawValue: String(key.dropLast())) != nil { key.removeLast() }
    if key == "people" { key = "person" }
    if let kind = EntityKind(rawValue: key) { return .kind(Located(kind, t.range)) }
    if Self.reserved.contains(key) {
      throw QueryError("expected what to \(command) but found the keyword '\(t.text)'", at: t.range)
    }
    return .result(Located(t.text, t.range))
  }

  private mutating func find() throws(QueryError) -> Query {
    let src = try source(after: "find")
    var filter: Expr? = nil
    var order: [OrderKey] = []
    var limit: Int? = nil
    if peek.keyword == "where" {
      advance()
      filter = try condition()
    }
    if peek.keyword == "order" {
      advance()
      try expectKeyword("by", after: "order")
      repeat {
        if peek.kind == .symbol && peek.text == "," { advance() }
        let field = try fieldName(after: "order by")
        var descending = false
        if peek.keyword == "desc" || peek.keyword == "asc" {
          descending = peek.keyword == "desc"
          advance()
        }
        order.append(OrderKey(field: field, descending: descending))
      } while peek.kind == .symbol && peek.text == ","
    }
    if peek.keyword == "limit" {
      advance()
      limit = try number(after: "limit")
    }
    if peek.kind == .word && peek.keyword != "" {
      let options = filter == nil ? ["where", "order", "limit"] : ["order", "limit", "and", "or"]
      throw QueryError(
        "expected \(options.map { "'\($0)'" }.joined(separator: ", ")) or the end of the query but found \(peek.quoted)", at: peek.range,
        notes: Suggestions.note(for: peek.text, in: options))
    }
    return .find(source: src, filter: filter, order: order, limit: limit)
  }

  private mutating func count() throws(QueryError) -> Query {
    let src = try source(after: "count")
    var filter: Expr? = nil
    if peek.keyword == "where" {
      advance()
      filter = try condition()
    }
    // `count quote where …` alone is how many
    if peek.kind == .end { return .count(source: src, filter: filter, by: []) }
    guard peek.keyword == "by" else {
      throw QueryError("expected 'by' and a field to count by (count quote by speaker), or the end of the query, but found \(peek.quoted)", at: peek.range,
        notes: peek.kind == .word ? Suggestions.note(for: peek.text, in: ["by", "where"]) : [])
    }
    advance()
    var fields = [try fieldName(after: "by")]
    while peek.kind == .symbol && peek.text == "," {
      advance()
      fields.append(try fieldName(after: ","))
    }
    return .count(source: src, filter: filter, by: fields)
  }

  private mutating func compare() throws(QueryError) -> Query {
    var selection: ArticleSelection
    if peek.keyword == "all" {
      advance()
      selection = .all
    } else {
      var ids: [Located<String>] = []
      while peek.kind == .number || peek.kind == .string || peek.kind == .word && peek.keyword != "on" {
        ids.append(Located(peek.text, peek.range))
        advance()
        if peek.kind == .symbol && peek.text == "," { advance() }
      }
      guard ids.count >= 1 else {
        throw QueryError("expected article ids or 'all' after 'compare' (compare 001 004 on \"topic\") but found \(peek.quoted)", at: peek.range)
      }
      selection = .ids(ids)
    }
    guard peek.keyword == "on" else {
      throw QueryError("expected 'on' and a quoted topic (compare 001 004 on \"joint center\") but found \(peek.quoted)", at: peek.range)
    }
    advance()
    guard peek.kind == .string else {
      throw QueryError("expected a quoted topic after 'on' but found \(peek.quoted)", at: peek.range)
    }
    let topic = Located(peek.text, peek.range)
    advance()
    return .compare(articles: selection, topic: topic)
  }

  private mutating func reuse() throws(QueryError) -> Query {
    if peek.keyword == "all" {
      advance()
      return .reuse(.all)
    }
    let a = try articleID(after: "reuse", example: "reuse 000 002, or reuse all")
    if peek.kind == .symbol && peek.text == "," { advance() }
    let b = try articleID(after: a.value, example: "reuse 000 002")
    return .reuse(.pair(a, b))
  }

  private mutating func trace() throws(QueryError) -> Query {
    if peek.keyword == "quote" {
      advance()
      let t = peek
      let n = try number(after: "trace quote")
      return .trace(.quote(Located(n, t.range)))
    }
    guard peek.kind == .string else {
      throw QueryError(
        "expected 'quote N' or a quoted phrase after 'trace' (trace quote 2, trace \"near-term steps\") but found \(peek.quoted)",
        at: peek.range)
    }
    let phrase = Located(peek.text, peek.range)
    advance()
    return .trace(.phrase(phrase))
  }

  private mutating func kwic() throws(QueryError) -> Query {
    guard peek.kind == .string else {
      throw QueryError("expected a quoted word or phrase after 'kwic' (kwic \"Nusra\") but found \(peek.quoted)", at: peek.range)
    }
    let term = Located(peek.text, peek.range)
    advance()
    var width: Int? = nil
    var sort: ContextSide? = nil
    while peek.kind == .word {
      switch peek.keyword {
      case "width":
        advance()
        let t = peek
        let n = try number(after: "width")
        guard (10...200).contains(n) else { throw QueryError("the width is the characters of context on each side: 10 to 200", at: t.range) }
        width = n
      case "sort":
        advance()
        guard let side = ContextSide(rawValue: peek.keyword) else {
          throw QueryError("expected 'left' or 'right' after 'sort' but found \(peek.quoted)", at: peek.range)
        }
        advance()
        sort = side
      default:
        throw QueryError("expected 'width N' or 'sort left|right' but found \(peek.quoted)", at: peek.range,
          notes: Suggestions.note(for: peek.text, in: ["width", "sort"]))
      }
    }
    return .kwic(term: term, width: width, sort: sort)
  }

  private mutating func articleID(after what: String, example: String) throws(QueryError) -> Located<String> {
    let t = peek
    guard t.kind == .number || t.kind == .string || t.kind == .word && !Self.reserved.contains(t.keyword) else {
      throw QueryError("expected an article id after '\(what)' (\(example)) but found \(t.quoted)", at: t.range)
    }
    advance()
    return Located(t.text, t.range)
  }

  private mutating func optionalLimit() throws(QueryError) -> Int? {
    guard peek.keyword == "limit" else { return nil }
    advance()
    return try number(after: "limit")
  }

  // MARK: conditions

  private mutating func condition() throws(QueryError) -> Expr {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else {
      throw QueryError("the condition nests deeper than \(Self.maximumDepth) levels", at: peek.range)
    }
    var left = try conjunction()
    while peek.keyword == "or" {
      advance()
      left = .or(left, try conjunction())
    }
    return left
  }

  private mutating func conjunction() throws(QueryError) -> Expr {
    var left = try unary()
    while peek.keyword == "and" {
      advance()
      left = .and(left, try unary())
    }
    return left
  }

  private mutating func unary() throws(QueryError) -> Expr {
    if peek.keyword == "not" {
      advance()
      depth += 1
      defer { depth -= 1 }
      guard depth <= Self.maximumDepth else { throw QueryError("the condition nests deeper than \(Self.maximumDepth) levels", at: peek.range) }
      return .not(try unary())
    }
    return try primary()
  }

  private mutating func primary() throws(QueryError) -> Expr {
    if peek.kind == .symbol && peek.text == "(" {
      let open = peek
      advance()
      let inner = try condition()
      guard peek.kind == .symbol && peek.text == ")" else {
        throw QueryError("expected ')' to close the '(' at column \(open.range.column) but found \(peek.quoted)", at: peek.range)
      }
      advance()
      return inner
    }
    let field = try fieldName(after: "where")
    terms += 1
    guard terms <= Self.maximumTerms else {
      throw QueryError("the condition has more than \(Self.maximumTerms) terms; keep the values in a list: FIELD in (\"a\", \"b\", …)", at: field.range)
    }
    let t = peek
    if t.kind == .symbol, let op = ComparisonOperator(rawValue: t.text), op != .contains {
      advance()
      return .compare(field: field, op: op, value: try literal(after: t.text))
    }
    if t.keyword == "contains" {
      advance()
      return .compare(field: field, op: .contains, value: try literal(after: "contains"))
    }
    if t.keyword == "in" {
      advance()
      guard peek.kind == .symbol && peek.text == "(" else {
        throw QueryError("expected '(' after 'in': article in (\"001\", \"004\")", at: peek.range)
      }
      advance()
      var values = [try literal(after: "(")]
      while peek.kind == .symbol && peek.text == "," {
        advance()
        values.append(try literal(after: ","))
      }
      guard peek.kind == .symbol && peek.text == ")" else {
        throw QueryError("expected ',' or ')' in the list of values but found \(peek.quoted)", at: peek.range)
      }
      advance()
      return .among(field: field, values: values)
    }
    if t.kind == .end || t.keyword == "and" || t.keyword == "or" || t.keyword == "order" || t.keyword == "limit" || t.keyword == "by"
      || t.kind == .symbol && t.text == ")"
    {
      return .flag(field)
    }
    throw QueryError(
      "expected an operator (=, !=, ~, contains, in, <, >) after '\(field.value)' but found \(t.quoted)", at: t.range,
      notes: t.kind == .word ? Suggestions.note(for: t.text, in: ["contains", "in"]) : [])
  }

  private mutating func literal(after what: String) throws(QueryError) -> Located<Literal> {
    let t = peek
    switch t.kind {
    case .string:
      advance()
      return Located(.string(t.text), t.range)
    case .number:
      advance()
      return Located(.number(t.text), t.range)
    case .word where t.keyword == "true" || t.keyword == "false":
      advance()
      return Located(.string(t.keyword), t.range)
    case .word:
      throw QueryError("expected a quoted string after '\(what)' but found \(t.quoted): write \"\(t.text)\"", at: t.range)
    default:
      throw QueryError("expected a quoted string after '\(what)' but found \(t.quoted)", at: t.range)
    }
  }

  private mutating func fieldName(after what: String) throws(QueryError) -> Located<String> {
    let t = peek
    guard t.kind == .word, !["and", "or", "not", "where", "order", "limit", "by"].contains(t.keyword) else {
      throw QueryError("expected a field name after '\(what)' but found \(t.quoted)", at: t.range)
    }
    advance()
    return Located(t.keyword, t.range)
  }

  private mutating func number(after what: String) throws(QueryError) -> Int {
    let t = peek
    guard t.kind == .number, let n = Int(t.text) else {
      throw QueryError("expected a number after '\(what)' but found \(t.quoted)", at: t.range)
    }
    advance()
    return n
  }

  private mutating func expectKeyword(_ word: String, after what: String) throws(QueryError) {
    guard peek.keyword == word else {
      throw QueryError("expected '\(word)' after '\(what)' but found \(peek.quoted)", at: peek.range)
    }
    advance()
  }

  private mutating func expectEnd() throws(QueryError) {
    guard peek.kind == .end else {
      throw QueryError("unexpected \(peek.quoted) after the end of the query", at: peek.range)
    }
  }

  // MARK: tokens

  private var peek: Token { tokens[position] }
  private var previous: Token { tokens[max(position - 1, 0)] }
  private mutating func advance() { if position < tokens.count - 1 { position += 1 } }
}
