/// One article of a corpus after the whole pipeline: its raw lines with their classes, the clean
/// body split into paragraphs and sentences, the quotations in it and the people it names.
///
/// Everything derived keeps the paragraph number and a UTF-8 range, so any result can be shown in
/// context and cited.
public struct Article: Sendable, Identifiable {
  /// The leading number of the file name when every file in the corpus has one, else the stem.
  public let id: String
  /// The file's path as loaded (the name alone for the embedded default corpus).
  public let path: String
  public var metadata: ArticleMetadata
  /// The file's text, normalised (spaces unified, each line trimmed), its lines joined by newlines,
  /// then the text of any paragraph that is not its line's (a link's teaser cut): lines and
  /// paragraphs are ranges of it.
  public let source: String
  /// Every line of the raw file that is not blank, classified (each keeps its number in the file).
  public let lines: [RawLine]
  /// The clean body: one paragraph per body line, numbered from 1.
  public let paragraphs: [Paragraph]
  public let sentences: [Sentence]
  public internal(set) var quotes: [Quote]
  public internal(set) var mentions: [Mention]
  /// Names as the article alone found them, kept for corpus-wide resolution (and let go after
  /// it: the resolved mentions hold what queries need).
  var candidates: [NameFound]
  /// The roles written with a candidate (`Russian Foreign Minister`), by its position in
  /// `candidates`, in order: most names have none, so they are not a field of each (8 bytes
  /// beside each of three million names at the load's peak).
  var candidateRoles: [(candidate: Int32, roles: [String])]
  /// Organisations and places, as the article alone found them (mentions once resolved).
  var entities: [EntityFinder.Found]
  /// `the …` phrases that may stand for a person named before, by role (until resolved).
  var rolePhrases: [RolePhrase]

  /// Number of words in the clean body.
  public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }

  /// A paragraph's text (of one of this article's paragraphs), without a copy.
  public func text(of paragraph: Paragraph) -> Substring { PersonFinder.slice(source, paragraph.range) }

  /// The text of the paragraph with the given 1-based number.
  public func text(ofParagraph number: Int) -> Substring { text(of: paragraphs[number - 1]) }

  /// A raw line's text (of one of this article's lines), without a copy.
  public func text(of line: RawLine) -> Substring { line.text(in: source) }

  /// The text of a UTF-8 range of a paragraph (a sentence's, a mention's, a quotation's).
  public func text(paragraph number: Int, _ range: Range<Int>) -> Substring {
    let start = paragraphs[number - 1].range.lowerBound
    return PersonFinder.slice(source, (start + range.lowerBound)..<(start + range.upperBound))
  }

  /// A sentence's text (of one of this article's sentences).
  public func text(of sentence: Sentence) -> String { String(text(paragraph: sentence.paragraph, sentence.range)) }

  /// A mention's words as written (of one of this article's mentions), without a possessive's
  /// `'s` (`Mr. Kerry` for `Mr. Kerry's`).
  public func text(of mention: Mention) -> String {
    QuoteFinder.stripPossessive(String(text(paragraph: mention.paragraph, mention.range)))
  }

  /// The paragraph with the given 1-based number, if there is one.
  public func paragraph(_ number: Int) -> Paragraph? {
    number >= 1 && number <= paragraphs.count ? paragraphs[number - 1] : nil
  }
}
