let word = "hello"
if word.startIndex < 3 { print("early") }
