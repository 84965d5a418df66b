// Strings built with += in variables, globals with observers, captured locals; copies stay as they were.
var s = ""
for i in 0..<5 { s += String(i) }
let copy = s
s += "!"
print(s, copy)
s += s
print(s)
var logText = "" { didSet { print("changed to", logText.count) } }
logText += "ab"
logText += "c"
func build() -> String {
    var out = "<"
    for c in "xyz" { out += String(c).uppercased() }
    let snapshot = out
    out += ">"
    return out + snapshot
}
print(build())
var letters = ""
let ch: Character = "q"
letters += String(ch)
letters += "\(ch)\(ch)"
print(letters)
var counter = 0
counter += 2
print(counter)
func capture() -> () -> String { var t = "a"; return { t += "b"; return t } }
let f = capture(); _ = f(); print(f())
var total = 0.0
total += 1.5
print(total)
var maybe: String? = "m"
maybe! += "n"
print(maybe!)
