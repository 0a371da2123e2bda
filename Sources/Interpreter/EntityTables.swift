import ArticleModel

/// The base tables `find`, `count` and `list` start from: every quote, sentence, paragraph,
/// mention, article and person of the corpus as rows with named fields. The long ones stop early
/// when `stop` says so (Ctrl-C), checked once an article.
enum EntityTables {
  static func quotes(_ corpus: Corpus, stop: () -> Bool = { false }) -> ResultTable {
    var t = ResultTable(kind: "quote", columns: [
      .init("article"), .init("speaker", matching: .name), .init("text", header: "quote"),
      .init("speaker_as_written", inTable: false, matching: .name), .init("cue", inTable: false),
      .init("partial", inTable: false), .init("paragraph", inTable: false), .init("start", inTable: false),
      .init("end", inTable: false), .init("outlet", inTable: false),
    ])
    for a in corpus.articles {
      if stop() { break }  // Ctrl-C: the caller sees the interrupt and throws
      var converter = ScalarOffsets()
      for q in a.quotes {
        let text = a.text(ofParagraph: q.paragraph)
        t.rows.append([
          .string(a.id), .string(q.speaker), .string(q.text), .string(q.speakerAsWritten), .string(q.cue),
          .bool(q.partial), .int(q.paragraph), .int(converter.offset(text, paragraph: q.paragraph, byte: q.range.lowerBound)),
          .int(converter.offset(text, paragraph: q.paragraph, byte: q.range.upperBound)), .string(a.metadata.outlet),
        ])
      }
    }
    return t
  }

  /// Byte offsets into character (Unicode scalar) offsets, as users count, walking each paragraph
  /// once however many quotes it holds (quotes come in text order).
  struct ScalarOffsets {
    private var paragraph = 0
    private var byte = 0
    private var scalar = 0
    private var index: String.UnicodeScalarView.Index? = nil

    mutating func offset(_ text: Substring, paragraph p: Int, byte target: Int) -> Int {
      let scalars = text.unicodeScalars
      if p != paragraph || target < byte || index == nil {
        (paragraph, byte, scalar, index) = (p, 0, 0, scalars.startIndex)
      }
      var i = index!
      while byte < target, i < scalars.endIndex {
        byte += UTF8.width(scalars[i])
        scalar += 1
        i = scalars.index(after: i)
      }
      index = i
      return scalar
    }
  }

  static func sentences(_ corpus: Corpus, stop: () -> Bool = { false }) -> ResultTable {
    var t = ResultTable(kind: "sentence", columns: [
      .init("article"), .init("paragraph"), .init("text", header: "sentence"), .init("outlet", inTable: false),
    ])
    for a in corpus.articles {
      if stop() { break }  // Ctrl-C: the caller sees the interrupt and throws
      for s in a.sentences { t.rows.append([.string(a.id), .int(s.paragraph), .string(a.text(of: s)), .string(a.metadata.outlet)]) }
    }
    return t
  }

  static func paragraphs(_ corpus: Corpus, stop: () -> Bool = { false }) -> ResultTable {
    var t = ResultTable(kind: "paragraph", columns: [
      .init("article"), .init("paragraph"), .init("text"), .init("words", inTable: false), .init("outlet", inTable: false),
    ])
    for a in corpus.articles {
      if stop() { break }  // Ctrl-C: the caller sees the interrupt and throws
      for p in a.paragraphs {
        t.rows.append([.string(a.id), .int(p.number), .string(String(a.text(of: p))), .int(p.wordCount), .string(a.metadata.outlet)])
      }
    }
    return t
  }

  static func mentions(_ corpus: Corpus, stop: () -> Bool = { false }) -> ResultTable {
    var t = ResultTable(kind: "mention", columns: [
      .init("article"), .init("person", matching: .name), .init("text", header: "as written"), .init("kind"),
      .init("paragraph"), .init("entity", inTable: false, matching: .name), .init("outlet", inTable: false),
    ])
    for a in corpus.articles {
      if stop() { break }  // Ctrl-C: the caller sees the interrupt and throws
      for m in a.mentions {
        let isPerson = m.kind.isPerson
        t.rows.append([
          .string(a.id), .string(isPerson ? m.person : ""), .string(a.text(of: m)), .string(m.kind.rawValue), .int(m.paragraph),
          .string(m.person), .string(a.metadata.outlet),
        ])
      }
    }
    return t
  }

  static func articles(_ corpus: Corpus) -> ResultTable {
    var t = ResultTable(kind: "article", columns: [
      .init("article"), .init("outlet"), .init("date"), .init("title"), .init("words"), .init("quotes"),
      .init("dateline", inTable: false), .init("sources", inTable: false), .init("dates", inTable: false),
      .init("url", inTable: false), .init("cluster", inTable: false), .init("file", inTable: false),
    ])
    for a in corpus.articles {
      let m = a.metadata
      t.rows.append([
        .string(a.id), .string(m.outlet), .string(m.date), .string(m.title), .int(a.wordCount), .int(a.quotes.count),
        .string(m.dateline), .list(m.sources), .list(m.mentionedDates), .string(m.url), .string(m.cluster), .string(a.path),
      ])
    }
    return t
  }

  static func people(_ corpus: Corpus) -> ResultTable {
    struct Entry { var aliases: Set<String> = []; var articles: Set<String> = []; var mentions = 0 }
    var people: [String: Entry] = [:]
    for a in corpus.articles {
      for m in a.mentions where m.kind.isPerson {
        if m.kind == .name { people[m.person, default: Entry()].aliases.insert(a.text(of: m)) }
        people[m.person, default: Entry()].articles.insert(a.id)
        people[m.person, default: Entry()].mentions += 1
      }
    }
    var t = ResultTable(kind: "person", columns: [
      .init("person", matching: .name), .init("roles"), .init("aliases"), .init("articles"), .init("mentions"),
    ])
    for (name, e) in people.sorted(by: { $0.value.mentions != $1.value.mentions ? $0.value.mentions > $1.value.mentions : $0.key < $1.key }) {
      t.rows.append([.string(name), .list(corpus.roles[name] ?? []), .list(e.aliases.sorted()), .list(e.articles.sorted()), .int(e.mentions)])
    }
    return t
  }

  /// Every raw line of every article with its class and the reason (blank lines left out).
  static func lines(_ corpus: Corpus, stop: () -> Bool = { false }) -> ResultTable {
    var t = ResultTable(kind: "line", columns: [
      .init("article"), .init("line"), .init("class"), .init("reason"), .init("text"), .init("outlet", inTable: false),
    ])
    for a in corpus.articles {
      if stop() { break }  // Ctrl-C: the caller sees the interrupt and throws
      for l in a.lines where l.kind != .blank {
        t.rows.append([.string(a.id), .int(l.number), .string(l.kind.rawValue), .string(l.reason), .string(String(a.text(of: l))), .string(a.metadata.outlet)])
      }
    }
    return t
  }

  static func speakers(_ corpus: Corpus) -> ResultTable {
    var counts: [String: (quotes: Int, articles: Set<String>)] = [:]
    for a in corpus.articles {
      for q in a.quotes where !q.speaker.isEmpty {
        counts[q.speaker, default: (0, [])].quotes += 1
        counts[q.speaker, default: (0, [])].articles.insert(a.id)
      }
    }
    var t = ResultTable(kind: "speaker", columns: [.init("speaker", matching: .name), .init("quotes"), .init("articles")])
    for (name, c) in counts.sorted(by: { $0.value.quotes != $1.value.quotes ? $0.value.quotes > $1.value.quotes : $0.key < $1.key }) {
      t.rows.append([.string(name), .int(c.quotes), .list(c.articles.sorted())])
    }
    return t
  }

  static func outlets(_ corpus: Corpus) -> ResultTable {
    var counts: [String: [String]] = [:]
    for a in corpus.articles { counts[a.metadata.outlet.isEmpty ? "(unknown)" : a.metadata.outlet, default: []].append(a.id) }
    var t = ResultTable(kind: "outlet", columns: [.init("outlet"), .init("articles"), .init("ids")])
    for (name, ids) in counts.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
      t.rows.append([.string(name), .int(ids.count), .list(ids)])
    }
    return t
  }
}
