for i in 0..<3 {
    print(i)
    break nowhere
}
