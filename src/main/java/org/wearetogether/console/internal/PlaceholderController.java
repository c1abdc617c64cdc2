package org.wearetogether.console.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages still to come (the request page): each says so, behind the login
 * gate, so that the navigation and the board's links already lead somewhere. A page that is built replaces its
 * mapping here with its own controller.
 */
@Controller
class PlaceholderController {

    @GetMapping("/console/requests/{number}")
    String request(@PathVariable String number, Model model) {
        model.addAttribute("number", number.matches("[A-Za-z0-9-]{1,20}") ? number : "");
        return placeholder("request", model);
    }

    private static String placeholder(String page, Model model) {
        model.addAttribute("page", page);
        return "console/placeholder";
    }
}
