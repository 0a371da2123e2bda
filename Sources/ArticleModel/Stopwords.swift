/// Function words that carry no topic, left out of retrieval and expansion.
enum Stopwords {
  static let all: WordSet = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its", "itself", "just",
    "may", "me", "might", "more", "most", "much", "must", "my", "myself", "new", "no", "nor", "not", "now",
    "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
    "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours", "yourself", "yourselves", "told", "since", "like", "well", "still", "yet",
    "many", "three", "al", "el", "last", "first", "according", "made", "make", "including", "around", "another",
  ]
}
