let n = 2
switch n {
case 1:
    print("one")
default:
    print("other")
    fallthrough
}
