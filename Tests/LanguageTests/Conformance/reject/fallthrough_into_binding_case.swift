let n = 3
switch n {
case 1...5:
    print("small")
    fallthrough
case let x where x > 0:
    print("positive", x)
default:
    break
}
