func f(_ x: Int?) {
    guard let y = x else { print("none") }
    print(y)
}
