fn main() {
    yew::Renderer::<shortlist_client::App>::new().render();
}
