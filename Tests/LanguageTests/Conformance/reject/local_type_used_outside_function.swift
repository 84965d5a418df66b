func makeTotal() -> Int {
    struct Total { var value = 3 }
    return Total().value
}
print(makeTotal())
let t = Total()
print(t)
