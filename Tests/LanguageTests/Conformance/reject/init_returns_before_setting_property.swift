struct Range2 {
    let low: Int
    var high: Int
    init(low: Int) {
        self.low = low
        if low > 0 { return }
        high = low + 1
    }
}
print(Range2(low: 1).low)
