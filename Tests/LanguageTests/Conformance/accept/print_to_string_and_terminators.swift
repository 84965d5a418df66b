print("a", terminator: "\\n")
print("|")
print(1, 2, separator: "\\t")
var out = ""
print("x", "y", separator: "-", terminator: "", to: &out)
print(out)
debugPrint("q", 1.5, terminator: "!\n")
