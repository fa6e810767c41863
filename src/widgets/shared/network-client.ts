// The browser side of the network widgets (they read the network kit's views).
