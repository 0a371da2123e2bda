/// A quotation: the quoted words, where they stand, and who said them.
public struct Quote: Sendable, Equatable {
  /// Set once the builder knows the article's id.
  public internal(set) var article: String
  public let paragraph: Int
  /// UTF-8 byte range of the quoted words (without the marks) in the paragraph's text.
  public let range: Range<Int>
  /// The quoted words without the quotation marks.
  public var text: String { String(words) }
  /// The same, as a view into the paragraph's text: a large corpus has hundreds of thousands of
  /// quotations, and their copies were 47 MB beside the paragraphs they are cut from.
  let words: Substring
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
  var speakerRange: Range<Int>? = nil
  /// For a pronoun speaker: a role phrase (`the president`) that is the subject of a sentence
  /// just before; the person the corpus resolves it to speaks.
  var antecedentRole: Place? = nil
  /// For a pronoun speaker: the unnamed person an indefinite role phrase introduced (`A Michigan
  /// lawmaker tied the case to …, who he said …`), the speaker when the pronoun names nobody.
  var roleSpeaker: String? = nil
  /// A stretch of a paragraph.
  struct Place: Sendable, Equatable {
    let paragraph: Int
    let range: Range<Int>
  }
}
