struct Grade {
    var score: Int
    var letter: String {
        if score > 90 { return "A" }
        if score > 80 { return "B" }
    }
}
print(Grade(score: 85).letter)
