var total = 0 {
    didSet { print("total is now " + total) }
}
total = 3
