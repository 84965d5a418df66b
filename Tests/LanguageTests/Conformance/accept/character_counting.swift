let text = "abracadabra"
var counts: [Character: Int] = [:]
for c in text {
    counts[c, default: 0] += 1
}
for key in counts.keys.sorted() {
    print(key, counts[key]!)
}
print(counts["a"]!, counts["z"] ?? 0)
func shifted(_ c: Character) -> Character {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    let index = alphabet.firstIndex(of: c)!
    return alphabet[(index + 1) % alphabet.count]
}
var caesar = ""
for c in "hal" {
    caesar.append(shifted(c))
}
print(caesar)
let code = "zebra".map { shifted($0) }
print(String(code), code)
