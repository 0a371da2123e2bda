import ArticleModel
import Foundation

/// A deterministic synthetic news corpus: the same seed gives the same files on every machine.
/// Articles have a headline, a dateline, narrative paragraphs and quotations attributed in the
/// ways news writes them (“…,” X said; X, the role, said: “…”; said X; he added), by people with
/// first names, surnames and roles, so every extractor has real work to do.
struct SyntheticCorpus {
  static let firstNames = ["John", "Maria", "Ahmed", "Elena", "David", "Sarah", "Peter", "Olga", "James", "Linda", "Carlos", "Fatima", "Robert", "Anna", "Michael", "Grace", "Thomas", "Nadia", "Daniel", "Laura"]
  static let surnames = ["Kerry", "Lavrov", "Okafor", "Schmidt", "Tanaka", "Moreau", "Haddad", "Novak", "Reyes", "Lindqvist", "Brennan", "Petrov", "Mensah", "Costa", "Whitfield", "Kowalski", "Farouk", "Delgado", "Yamamoto", "Osei", "Hartmann", "Ivanova", "Quinn", "Abbott"]
  static let roles = ["Secretary of State", "spokesman for the ministry", "senator", "foreign minister", "mayor", "union leader", "economist at the central bank", "defense secretary", "police chief", "professor of law"]
  static let outlets = ["Daily Ledger", "Harbor Times", "Capital Wire", "Northern Post", "Evening Courier", "Metro Bulletin", "Global Dispatch", "Valley Herald"]
  static let places = ["Moscow", "Geneva", "Nairobi", "Lisbon", "Ankara", "Brasilia", "Seoul", "Ottawa", "Cairo", "Warsaw"]
  static let topics = ["ceasefire", "trade agreement", "budget talks", "election reform", "border crossing", "energy prices", "refugee policy", "health care", "climate plan", "joint center"]
  static let subjects = ["The government", "Officials", "The delegation", "Negotiators", "The committee", "Diplomats", "Analysts", "Residents"]
  static let verbs = ["discussed", "rejected", "welcomed", "questioned", "approved", "postponed", "criticized", "examined"]
  static let objects = ["the proposal", "a new framework", "the draft document", "the latest figures", "the joint statement", "an emergency plan", "the timetable", "the agreement"]
  static let clauses = ["after weeks of pressure", "despite strong objections", "before the summit", "in a closed session", "on Thursday", "late on Friday", "without a vote", "for the second time this year"]
  static let quoted = [
    "We have made real progress, but there is still a long way to go",
    "Nobody should expect a quick solution to a problem this old",
    "The numbers speak for themselves and the public deserves the truth",
    "We will not accept any deal that ignores the people on the ground",
    "This is a test of whether both sides are serious",
    "Our position has not changed and it will not change",
    "I hope after today's meeting we can report concrete steps",
    "There is no plan B, and everybody in the room knows it",
  ]

  var random: SplitMix

  init(seed: UInt64) { random = SplitMix(seed: seed) }

  mutating func next() -> UInt64 { random.next() }

  mutating func pick<T>(_ list: [T]) -> T { random.pick(list) }

  mutating func article(_ n: Int) -> String {
    let topic = pick(Self.topics)
    let place = pick(Self.places)
    let outlet = pick(Self.outlets)
    var people: [(String, String, String)] = []
    for _ in 0..<3 { people.append((pick(Self.firstNames), pick(Self.surnames), pick(Self.roles))) }
    var lines = ["\(pick(Self.subjects)) \(pick(Self.verbs)) \(topic) in \(place)", ""]
    lines.append("\(place.uppercased()) (\(outlet)) - \(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects)) on the \(topic) \(pick(Self.clauses)), according to people familiar with the talks.")
    lines.append("")
    let paragraphs = 8 + Int(next() % 16)
    for p in 0..<paragraphs {
      let (first, last, role) = people[p % people.count]
      let quote = pick(Self.quoted)
      switch next() % 5 {
      case 0: lines.append("“\(quote),” \(first) \(last), the \(role), told reporters in \(place).")
      case 1: lines.append("\(first) \(last), the \(role), said: “\(quote).” \(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects)) \(pick(Self.clauses)).")
      case 2: lines.append("“\(quote),” said \(last). He added that \(pick(Self.objects)) would be \(pick(Self.verbs)) \(pick(Self.clauses)).")
      default:
        let sentences = 2 + Int(next() % 3)
        lines.append((0..<sentences).map { _ in "\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects)) on the \(topic) \(pick(Self.clauses))." }.joined(separator: " "))
      }
      lines.append("")
    }
    lines.append("© \(outlet) \(2000 + n % 25). All rights reserved.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes `count` articles into `folder` (created), named 000001.txt, …; returns the bytes written.
  static func write(count: Int, to folder: String, seed: UInt64 = 7) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var generator = SyntheticCorpus(seed: seed)
    var bytes = 0
    let width = max(6, String(count).count)
    for n in 1...count {
      let text = generator.article(n)
      let name = String(repeating: "0", count: width - String(n).count) + String(n) + ".txt"
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
      bytes += text.utf8.count
    }
    return bytes
  }
}
