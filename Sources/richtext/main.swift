// richtext: CommonMark on stdin, HTML (or --to commonmark|text) on stdout, as cmark does.
import RichText

let input = AnyIterator { readLine(strippingNewline: false) }.joined()
print(HTMLRenderer().render(CommonMark.parse(input).blocks), terminator: "")
