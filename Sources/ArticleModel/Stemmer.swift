/// A light English suffix stemmer for retrieval: plurals, `-ing`, `-ed`, `-ly` and a few
/// derivational endings, so `operations`, `operation` and `operating` meet. It works on ASCII
/// lower-case keys and leaves other words as they are.
public enum Stemmer {
  public static func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x27 }) else { return word }
    if w.count > 2 && w.suffix(2) == [0x27, 0x73] { w.removeLast(2) }  // 's
    func ends(_ s: String) -> Bool { w.count > s.utf8.count + 2 && w.suffix(s.utf8.count).elementsEqual(s.utf8) }
    func replace(_ s: String, _ r: String) { w.removeLast(s.utf8.count); w.append(contentsOf: r.utf8) }
    if ends("ies") { replace("ies", "y") }
    else if ends("sses") { replace("sses", "ss") }
    else if w.last == 0x73 && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 { w.removeLast() }
    if ends("ingly") { replace("ingly", "") }
    else if ends("edly") { replace("edly", "") }
    else if ends("ing") && w.count > 5 { replace("ing", "") }
    else if ends("ed") && w.count > 4 { replace("ed", "") }
    for (suffix, r) in [("ational", "ate"), ("ization", "ize"), ("ation", "ate"), ("ness", ""), ("ment", ""), ("ly", ""), ("er", ""), ("e", "")] where ends(suffix) {
      replace(suffix, r)
      if r == "ate" { w.removeLast(1) }  // operation -> operat, operate -> operat
      break
    }
    if w.count >= 2, w[w.count - 1] == w[w.count - 2], ![0x6C, 0x73, 0x7A].contains(w.last!) { w.removeLast() }  // stopp -> stop
    return String(decoding: w, as: UTF8.self)
  }
}
