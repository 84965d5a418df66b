struct ParseError: Error { var line: Int }
func parse(_ text: String, line: Int) throws -> Int {
    guard let value = Int(text) else { throw ParseError(line: line) }
    return value
}
let values = ["1", "x", "3"].enumerated().map { try? parse($1, line: $0) }
print(values.map { $0 ?? -1 })
print(try! parse("42", line: 1))
do {
    _ = try parse("?", line: 7)
} catch let error as ParseError {
    print("parse error on line", error.line)
}
