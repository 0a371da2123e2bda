/// The people of a corpus: full names gathered from every article, and the rule that turns a name
/// as written (`Earnest`, `Mr. Kerry`, `al-Assad`) into one canonical full name.
///
/// An article's own full names win (an article about Michelle Obama's speech means her by
/// "Obama"); otherwise the full name most used across the corpus with that surname.
struct PeopleIndex: Sendable {
  /// surname key -> full name -> number of mentions, over the whole corpus
  private var bySurname: [String: [String: Int]] = [:]

  init(articles: [Article]) {
    for article in articles {
      for c in article.candidates where c.name.count >= 2 && c.vouched {
        bySurname[Self.surnameKey(c.name), default: [:]][c.name.joined(separator: " "), default: 0] += 1
      }
    }
  }

  /// Full names an article itself writes out, by surname. Unvouched ones count too: "Gail Saltz,
  /// a psychiatrist" has no known first name or title, but when the article then has "Saltz
  /// explained", the Saltz it means is the one it named in full. (They only ever stand for a
  /// one-word name that is a person on its own evidence.)
  static func articleNames(_ article: Article) -> [String: [String: Int]] {
    var names: [String: [String: Int]] = [:]
    for c in article.candidates where c.name.count >= 2 {
      // vouched spellings outweigh unvouched ones
      names[surnameKey(c.name), default: [:]][c.name.joined(separator: " "), default: 0] += c.vouched ? 1000 : 1
    }
    for q in article.quotes where q.speakerName.count >= 2 {
      names[surnameKey(q.speakerName), default: [:]][q.speakerName.joined(separator: " "), default: 0] += 1
    }
    return names
  }

  /// `al-Assad` and `Assad` are one surname.
  static func surnameKey(_ name: [String]) -> String {
    var key = WordTokenizer.foldCase(name.last ?? "")
    for prefix in ["al-", "el-"] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
    return key
  }

  /// The canonical full name for `name`, or `nil` when the corpus knows no such person.
  func canonical(_ name: [String], articleNames: [String: [String: Int]]) -> String? {
    guard !name.isEmpty else { return nil }
    let key = Self.surnameKey(name)
    let firstKey = name.count >= 2 ? WordTokenizer.foldCase(name[0]) : nil
    func best(_ options: [String: Int]?) -> String? {
      guard var options else { return nil }
      if let firstKey {  // John Kerry must not become Teresa Kerry
        options = options.filter { WordTokenizer.foldCase($0.key).hasPrefix(firstKey) }
      }
      return options.max { a, b in a.value != b.value ? a.value < b.value : a.key.utf8.count != b.key.utf8.count ? a.key.utf8.count < b.key.utf8.count : a.key > b.key }?.key
    }
    return best(articleNames[key]) ?? best(bySurname[key])
  }
}
