/// A quotation: the quoted words, where they stand, and who said them.
/// Its article is the one whose `quotes` hold it (no id of its own: 16 bytes of each of hundreds
/// of thousands).
public struct Quote: Sendable, Equatable {
  // (paragraph and range in 12 bytes, the speaker's place in 8: a large corpus holds hundreds of
  // thousands of quotations from their build to the end of the load's peak)
  private let span: ParagraphSpan
  public var paragraph: Int { span.paragraph }
  /// UTF-8 byte range of the quoted words (without the marks) in the paragraph's text.
  public var range: Range<Int> { span.range }
  /// The quoted words without the quotation marks.
  public var text: String { String(words) }
  /// The same, as a view into the paragraph's text: a large corpus has hundreds of thousands of
  /// quotations, and their copies were 47 MB beside the paragraphs they are cut from.
  var words: Substring
  /// Canonical name of the speaker (`Josh Earnest`), or the phrase as written when it names no
  /// person (`a senior U.S. official`), or empty when no speaker was found.
  public var speaker: String
  /// The speaker as the text writes it at the cue (`Mr. Earnest`, `he`).
  public var speakerAsWritten: String
  /// The attribution verb or phrase (`said`, `told reporters`, `according to`).
  public var cue: String
  /// True when the quotation is a fragment inside reported speech rather than a whole utterance.
  public var partial: Bool
  /// The name words found in the speaker phrase (`Earnest`, `John Kirby`), resolved to a
  /// canonical person once the whole corpus is known; empty when the phrase names nobody.
  var speakerName: [String] = []
  /// Where the speaker phrase stands in the paragraph, when this quote has its own cue (an
  /// inherited speaker has none).
  var speakerRange: Range<Int>? {
    get { speakerStart < 0 ? nil : Int(speakerStart)..<Int(speakerEnd) }
    set {
      speakerStart = newValue.map { Int32($0.lowerBound) } ?? -1
      speakerEnd = newValue.map { Int32($0.upperBound) } ?? -1
    }
  }
  private var speakerStart: Int32 = -1
  private var speakerEnd: Int32 = -1
  /// For a pronoun speaker: a role phrase (`the president`) that is the subject of a sentence
  /// just before; the person the corpus resolves it to speaks.
  var antecedentRole: Place? = nil
  /// For a pronoun speaker: the unnamed person an indefinite role phrase introduced (`A Michigan
  /// lawmaker tied the case to …, who he said …`), the speaker when the pronoun names nobody.
  var roleSpeaker: String? = nil
  /// A stretch of a paragraph.
  struct Place: Sendable, Equatable {
    private let span: ParagraphSpan
    var paragraph: Int { span.paragraph }
    var range: Range<Int> { span.range }
    init(paragraph: Int, range: Range<Int>) { span = ParagraphSpan(paragraph: paragraph, range: range) }
  }

  init(paragraph: Int, range: Range<Int>, words: Substring, speaker: String, speakerAsWritten: String, cue: String, partial: Bool) {
    span = ParagraphSpan(paragraph: paragraph, range: range)
    self.words = words
    self.speaker = speaker
    self.speakerAsWritten = speakerAsWritten
    self.cue = cue
    self.partial = partial
  }
}
