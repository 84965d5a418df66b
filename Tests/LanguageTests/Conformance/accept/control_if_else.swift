for n in [3, 10, 15] {
    if n % 15 == 0 { print("fizzbuzz") }
    else if n % 5 == 0 { print("buzz") }
    else if n % 3 == 0 { print("fizz") }
    else { print(n) }
}
