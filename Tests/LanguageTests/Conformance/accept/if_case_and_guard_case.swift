let scores = [45, 72, 99]
for score in scores {
    if case 90...100 = score { print(score, "A") }
    else if case 60..<90 = score { print(score, "pass") }
    else { print(score, "fail") }
}
func firstDigit(_ n: Int) -> String {
    guard case 0...9 = n else { return "not a digit" }
    return "digit \(n)"
}
print(firstDigit(7), firstDigit(12))
let maybe: Int? = 5
if case let value? = maybe { print("got", value) }
