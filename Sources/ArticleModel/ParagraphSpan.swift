/// Where something stands in an article: a paragraph's number and a UTF-8 byte range in its text,
/// as 32-bit numbers. Twelve bytes instead of 24: a corpus has millions of sentences and mentions.
struct ParagraphSpan: Sendable, Equatable {
  private let number: Int32
  private let start: Int32
  private let end: Int32

  /// The 1-based number of the paragraph.
  var paragraph: Int { Int(number) }
  var range: Range<Int> { Int(start)..<Int(end) }

  init(paragraph: Int, range: Range<Int>) {
    number = Int32(paragraph)
    start = Int32(range.lowerBound)
    end = Int32(range.upperBound)
  }
}
